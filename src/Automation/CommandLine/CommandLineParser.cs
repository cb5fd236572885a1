using Automation.Core;
using Automation.Parameters;

namespace Automation.CommandLine;

/// <summary>
/// Parses <c>[targets...] [options] [--param value ...]</c>. Positional words are targets; options that take a
/// list (<c>--skip</c>, <c>--profile</c>, array parameters) take every following word up to the next option, so
/// write targets first. <c>--name=value</c> (and <c>-v=value</c> for a short alias) works for every option; a bare
/// <c>--flag</c> means true. An option that needs a value and is given none is a usage error, except the bare
/// <c>--skip</c> and <c>--parallel</c>, whose bare forms mean something; <c>--items=</c> sets an array to no values.
/// </summary>
internal static class CommandLineParser
{
    private enum Arity
    {
        None,
        One,
        Many,

        /// <summary>No value, or the next word when it is not an option.</summary>
        Optional,
    }

    // LongAlias: another long name (--no-cache for --force).
    private sealed record BuiltIn(string Name, string? Alias, Arity Arity, string Usage, string Description, Action<ParsedCommandLine, List<string>> Apply, string? LongAlias = null)
    {
        /// <summary>Whether <paramref name="token"/>, whose name (before any '=') is <paramref name="name"/>, means this option.</summary>
        public bool Matches(string token, string name) =>
            Naming.Matches(Name, name)
            || (Alias is not null && !token.StartsWith("--", StringComparison.Ordinal) && name == Alias)
            || (LongAlias is not null && Naming.Matches(LongAlias, name));
    }

    private static readonly BuiltIn[] BuiltIns =
    [
        new("help", "h", Arity.None, "-h, --help", "Show this help", (c, _) => c.Help = true),
        new("list", "l", Arity.None, "-l, --list", "List targets and their direct dependencies", (c, _) => c.List = true),
        new("json", null, Arity.None, "--json", "With --list or --show-config: print JSON, for tools", (c, _) => c.Json = true),
        new("plan", null, Arity.None, "--plan", "Show the execution plan and why each target is in it; run nothing", (c, _) => c.Plan = true),
        new("dry-run", "n", Arity.None, "-n, --dry-run", "Run the plan, echoing commands instead of starting them", (c, _) => c.DryRun = true),
        new("parallel", null, Arity.Optional, "--parallel [N]", "Run independent targets concurrently, at most N at once (default: processor count)", (c, v) => c.Parallel = ParseParallel(v)),
        new("skip", null, Arity.Many, "--skip [targets...]", "Skip these targets (bare: all but the invoked ones)", (c, v) => (c.Skip ??= []).AddRange(v.SelectMany(SplitList))),
        new("force", null, Arity.None, "--force, --no-cache", "Run targets even when they are up to date", (c, _) => c.Force = true, LongAlias: "no-cache"),
        new("continue", null, Arity.None, "--continue", "Resume the last failed run with the same arguments, skipping what succeeded", (c, _) => c.Continue = true),
        new("no-wait", null, Arity.None, "--no-wait", "Fail at once when another build runs in this root, instead of waiting for it", (c, _) => c.NoWait = true),
        new("profile", null, Arity.Many, "--profile <name>...", "Add .nuke/parameters.<name>.json (later wins)", (c, v) => c.Profiles.AddRange(NonEmpty(v.SelectMany(SplitList).ToList(), "--profile", "a profile name: --profile <name>, which adds .nuke/parameters.<name>.json"))),
        new("config-file", null, Arity.One, "--config-file <file>", "Add a configuration file above the profiles (below the environment)", (c, v) => c.ConfigFile = Single(v, "--config-file", "a file: --config-file <file.json>")),
        new("show-config", null, Arity.None, "--show-config", "Show every parameter and setting with the file or variable it came from; run nothing", (c, _) => c.ShowConfig = true),
        new("partition", null, Arity.One, "--partition <part/total>", "This CI job's part of partitioned targets, e.g. 2/3 (also: PARTITION)", (c, v) => c.Partition = ParsePartition(Single(v, "--partition", "this job's part and the number of parts: --partition 2/3"))),
        new("root", null, Arity.One, "--root <dir>", "Repository root (default: nearest ancestor holding .nuke/)", (c, v) => c.Root = Single(v, "--root", "a directory: --root <dir>")),
        new("verbosity", "v", Arity.One, "-v, --verbosity <level>", "quiet, minimal, normal (default) or verbose", (c, v) => c.Verbosity = ParseVerbosity(Single(v, "--verbosity", "a level: --verbosity quiet|minimal|normal|verbose"))),
        new("no-color", null, Arity.None, "--no-color", "No colours (also: NO_COLOR)", (c, _) => c.NoColor = true),
        new("generate-ci", null, Arity.None, "--generate-ci", "Write the CI configuration files of the build's CI attributes; run nothing", (c, _) => c.GenerateCi = true),
        new("verify-ci", null, Arity.None, "--verify-ci", "Fail when a CI configuration file differs from what --generate-ci writes", (c, _) => c.VerifyCi = true),
        new("host", null, Arity.One, "--host <name>", "Force an output host: " + string.Join(", ", Hosts.HostCatalog.Names), (c, v) => c.Host = Single(v, "--host", "a host name: --host <name>")),
    ];

    /// <summary>The built-in options as shown in help: usage and description.</summary>
    public static IEnumerable<(string Usage, string Description)> BuiltInHelp => BuiltIns.Select(b => (b.Usage, b.Description));

    /// <summary>The built-in options as completion sees them: name, alias, and whether the next word(s) are their value.</summary>
    public static IEnumerable<(string Name, string? Alias, CompletionArity Arity)> BuiltInShapes =>
        BuiltIns.Select(b => (b.Name, b.Alias, b.Arity switch
        {
            Arity.One => CompletionArity.One,
            Arity.Many => CompletionArity.Many,
            _ => CompletionArity.None,
        }));

    /// <summary>
    /// Reads the built-in options wherever they are, and the build's parameters given before the first target. From
    /// the first target on, the other words are kept in <see cref="ParsedCommandLine.TargetWords"/> for
    /// <see cref="TargetArgumentParser"/>: which of them are the targets' own arguments is known only once the
    /// targets are discovered (pyinvoke's rule: an option after a target's name belongs to that target).
    /// </summary>
    public static ParsedCommandLine Parse(IReadOnlyList<string> args, IReadOnlyList<ParameterDescriptor> parameters, string workingDirectory)
    {
        var result = new ParsedCommandLine();
        var i = 0;
        while (i < args.Count)
        {
            var token = args[i++];
            if (!IsOption(token))
            {
                result.TargetWords.Add(token);
                continue;
            }

            var (name, inlineValue) = SplitOption(token);
            if (Array.Find(BuiltIns, b => b.Matches(token, name)) is { } builtIn)
            {
                builtIn.Apply(result, TakeValues(args, ref i, token, builtIn.Arity, inlineValue));
                continue;
            }

            if (result.TargetWords.Count > 0)
            {
                result.TargetWords.Add(token);
                continue;
            }

            if (!token.StartsWith("--", StringComparison.Ordinal) || parameters.FirstOrDefault(p => Naming.Matches(p.Name, name)) is not { } parameter)
            {
                throw UnknownOption(token, parameters);
            }

            AddParameter(result, parameter, args, ref i, token, inlineValue, workingDirectory);
        }

        return result;
    }

    /// <summary>Both steps at once, for a build whose targets are already known.</summary>
    public static ParsedCommandLine Parse(IReadOnlyList<string> args, IReadOnlyList<ParameterDescriptor> parameters, string workingDirectory, Targets.TargetGraph graph)
    {
        var result = Parse(args, parameters, workingDirectory);
        TargetArgumentParser.Apply(result, graph, parameters, workingDirectory);
        return result;
    }

    /// <summary>Reads the value(s) of a build parameter's option into <paramref name="result"/>.</summary>
    public static void AddParameter(ParsedCommandLine result, ParameterDescriptor parameter, IReadOnlyList<string> args, ref int i, string token, string? inlineValue, string workingDirectory)
    {
        var arity = parameter.IsArray ? Arity.Many : parameter.IsFlag ? Arity.None : Arity.One;
        var values = parameter.IsFlag ? FlagValue(args, ref i, inlineValue) : TakeValues(args, ref i, token, arity, inlineValue);
        if (parameter.IsArray && values.Count == 0)
        {
            // Most likely a forgotten value; an empty list is still possible, written so that it is clearly meant.
            throw new UsageException($"Option '--{parameter.Name}' needs at least one value: --{parameter.Name} <value> [<value>...]. To set it to no values, write --{parameter.Name}=");
        }

        // A repeated array option adds to the values before it (`--items a --items b`); other options: last wins.
        if (parameter.IsSecret && !parameter.IsArray && result.Parameters.TryGetValue(parameter.Name, out var replaced))
        {
            result.OverriddenSecrets.AddRange(replaced.Values);
        }

        result.Parameters[parameter.Name] = parameter.IsArray && result.Parameters.TryGetValue(parameter.Name, out var earlier)
            ? earlier with { Values = [.. earlier.Values, .. values] }
            : new RawValue(values, $"--{parameter.Name}", workingDirectory);
    }

    /// <summary>The value(s) of a target's argument: a flag's optional true/false, an array's words up to the next
    /// option, or one value.</summary>
    public static List<string> ArgumentValues(IReadOnlyList<string> args, ref int i, string token, string? inlineValue, bool isFlag, bool isArray) =>
        isFlag ? FlagValue(args, ref i, inlineValue) : TakeValues(args, ref i, token, isArray ? Arity.Many : Arity.One, inlineValue);

    /// <summary>The single-letter aliases of the built-in options (<c>-h</c>, <c>-v</c>): no target argument may take them.</summary>
    public static IEnumerable<string> BuiltInAliases => BuiltIns.Where(b => b.Alias is not null).Select(b => b.Alias!);

    /// <summary>Whether <paramref name="name"/> is a built-in option's name (<c>help</c>, <c>skip</c>).</summary>
    public static bool IsBuiltInName(string name) => Array.Exists(BuiltIns, b => Naming.Matches(b.Name, name) || (b.LongAlias is not null && Naming.Matches(b.LongAlias, name)));

    /// <summary>The built-in options' long names, for suggestions.</summary>
    public static IEnumerable<string> BuiltInNames => BuiltIns.Select(b => b.Name);

    /// <summary>Whether the parser reads <paramref name="word"/> as a built-in option or one of the build's parameters.</summary>
    public static bool IsKnownOption(string word, IReadOnlyList<ParameterDescriptor> parameters)
    {
        if (!IsOption(word))
        {
            return false;
        }

        var (name, _) = SplitOption(word);
        return Array.Exists(BuiltIns, b => b.Matches(word, name))
            || (word.StartsWith("--", StringComparison.Ordinal) && parameters.Any(p => Naming.Matches(p.Name, name)));
    }

    /// <summary>Whether the parser reads <paramref name="token"/> as an option rather than a target or a value.</summary>
    public static bool IsOption(string token) => token.Length > 1 && token[0] == '-' && !char.IsDigit(token[1]);

    // Only the option's name is shown, never what is attached to it (`--token:VALUE`, `--tokn=VALUE`): that may be a
    // secret given with the wrong syntax or for a mistyped parameter. Attached text is shown as ***.
    public static UsageException UnknownOption(string token, IReadOnlyList<ParameterDescriptor> parameters)
    {
        var (dashes, end, shown) = Shown(token);
        var name = token[dashes..end];
        var known = parameters.FirstOrDefault(p => Naming.Matches(p.Name, name));
        var hint = known is not null && dashes == 2 && end < token.Length
            ? $" Give a value as '--{known.Name} <value>' or '--{known.Name}=<value>'."
            : Suggestions.DidYouMean(name, BuiltIns.Select(b => b.Name).Concat(parameters.Select(p => p.Name)), "--");
        return new UsageException($"Unknown option '{shown}'.{hint} Run with --help to see all options and parameters.");
    }

    /// <summary>How an unknown option is shown: its name, and *** for anything attached to it other than '=value'
    /// (which is left out); <c>Dashes</c> and <c>End</c> delimit the name.</summary>
    public static (int Dashes, int End, string Shown) Shown(string token)
    {
        var dashes = token.Length - token.TrimStart('-').Length;
        var nameLength = token.AsSpan(dashes).IndexOfAnyExcept(OptionNameCharacters);
        var end = nameLength < 0 ? token.Length : dashes + nameLength;
        var shown = end == token.Length ? token
            : token[end] == '=' ? token[..end]
            : end + 1 < token.Length ? token[..(end + 1)] + SecretMasker.Mask
            : token;
        return (dashes, end, shown);
    }

    /// <summary>The characters an option's name is made of; anything after them is attached text.</summary>
    public static readonly System.Buffers.SearchValues<char> OptionNameCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_");

    public static (string Name, string? Value) SplitOption(string token)
    {
        var body = token.TrimStart('-');
        var equals = body.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (body, null) : (body[..equals], body[(equals + 1)..]);
    }

    private static List<string> TakeValues(IReadOnlyList<string> args, ref int i, string option, Arity arity, string? inlineValue)
    {
        if (arity == Arity.None)
        {
            return inlineValue is null ? [] : throw new UsageException($"Option '{option.Split('=')[0]}' takes no value.");
        }

        if (inlineValue is not null)
        {
            return [inlineValue];
        }

        var values = new List<string>();
        while (i < args.Count && !IsOption(args[i]) && (arity == Arity.Many || values.Count == 0))
        {
            values.Add(args[i++]);
        }

        if (arity == Arity.One && values.Count == 0)
        {
            throw new UsageException($"Option '{option}' needs a value: {option} <value>.");
        }

        return values;
    }

    // A flag takes the next word only when it is a boolean literal, so `--sign pack` still invokes pack.
    private static List<string> FlagValue(IReadOnlyList<string> args, ref int i, string? inlineValue)
    {
        if (inlineValue is not null)
        {
            return [inlineValue];
        }

        if (i < args.Count && args[i].ToUpperInvariant() is "TRUE" or "FALSE")
        {
            return [args[i++]];
        }

        return ["true"];
    }

    // A built-in's value written as `--root=`: nothing given, as with a bare `--root`.
    private static string Single(List<string> values, string option, string expected) =>
        values is [{ Length: > 0 } value] ? value : throw new UsageException($"Option '{option}' needs {expected}.");

    private static List<string> NonEmpty(List<string> values, string option, string expected) =>
        values.Count > 0 ? values : throw new UsageException($"Option '{option}' needs {expected}.");

    private static IEnumerable<string> SplitList(string value) =>
        value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Targets go before options, so the word after --parallel is its value: `--parallel pack` says how to fix it.
    private static int ParseParallel(List<string> values) =>
        values.Count == 0 ? Environment.ProcessorCount
        : int.TryParse(values[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var limit) && limit > 0 ? limit
        : throw new UsageException(
            $"Invalid value '{values[0]}' for --parallel: expected how many targets may run at once, a whole number of at least 1 " +
            $"(e.g. --parallel 4), or no value for the processor count. Write targets before options: './build.sh {values[0]} --parallel'.");

    private static Partition ParsePartition(string value)
    {
        try
        {
            return Partition.Parse(value);
        }
        catch (FormatException exception)
        {
            throw new UsageException($"Invalid value '{value}' for --partition: {exception.Message} Give this job's part and the number of parts, e.g. --partition 2/3.");
        }
    }

    private static Verbosity ParseVerbosity(string value) =>
        Enum.GetValues<Verbosity>().FirstOrDefault(v => Naming.Matches(v.ToString(), value), (Verbosity)(-1)) is var verbosity && Enum.IsDefined(verbosity)
            ? verbosity
            : throw new UsageException($"Invalid value '{value}' for --verbosity: expected one of quiet, minimal, normal, verbose.");
}
