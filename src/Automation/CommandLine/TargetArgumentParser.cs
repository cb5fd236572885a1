using Automation.Core;
using Automation.Parameters;
using Automation.Targets;

namespace Automation.CommandLine;

/// <summary>
/// Reads the words from the first target on (<see cref="ParsedCommandLine.TargetWords"/>) with pyinvoke's rule: an
/// option after a target's name is that target's argument when it has one of that name (so the target's argument wins
/// over a build parameter of the same name), otherwise a build parameter; a word is the target's next positional
/// argument while it has one left, otherwise the next target.
/// </summary>
internal static class TargetArgumentParser
{
    public static void Apply(ParsedCommandLine result, TargetGraph graph, IReadOnlyList<ParameterDescriptor> parameters, string workingDirectory)
    {
        var words = result.TargetWords;
        var given = new Dictionary<ExecutableTarget, Dictionary<string, List<string>>>();
        ExecutableTarget? current = null;
        var i = 0;
        while (i < words.Count)
        {
            var token = words[i++];
            if (!CommandLineParser.IsOption(token))
            {
                if (current is not null && NextPositional(current, given[current]) is { } positional)
                {
                    given[current][positional.Name] = [token];
                    continue;
                }

                current = graph.Find(token);
                result.Targets.Add(token);
                given.TryAdd(current, new Dictionary<string, List<string>>(StringComparer.Ordinal));
                continue;
            }

            var (name, inlineValue) = CommandLineParser.SplitOption(token);
            if (current is not null && Match(current, token, name) is var (argument, negated) && argument is not null)
            {
                var values = negated
                    ? (inlineValue is null ? ["false"] : throw new UsageException($"Option '{token.Split('=')[0]}' of target '{current.Name}' takes no value."))
                    : CommandLineParser.ArgumentValues(words, ref i, token, inlineValue, argument.IsFlag, argument.IsArray);
                if (argument.IsArray && values.Count == 0)
                {
                    throw new UsageException($"Argument '--{argument.Name}' of target '{current.Name}' needs at least one value: --{argument.Name} <value> [<value>...]. To give it no values, write --{argument.Name}=");
                }

                var list = given[current];
                list[argument.Name] = argument.IsArray && list.TryGetValue(argument.Name, out var earlier) ? [.. earlier, .. values] : values;
                continue;
            }

            if (token.StartsWith("--", StringComparison.Ordinal) && parameters.FirstOrDefault(p => Naming.Matches(p.Name, name)) is { } parameter)
            {
                CommandLineParser.AddParameter(result, parameter, words, ref i, token, inlineValue, workingDirectory);
                continue;
            }

            // A target without arguments says what it always said; one with arguments names the target and its help.
            throw current is null || current.Definition.Arguments.Count == 0
                ? CommandLineParser.UnknownOption(token, parameters)
                : UnknownArgument(current, token, parameters);
        }

        foreach (var (target, values) in given)
        {
            result.TargetArguments[target.Name] = values.ToDictionary(
                pair => pair.Key,
                pair => Convert(target, target.ArgumentValues.Find(pair.Key), pair.Value, workingDirectory),
                StringComparer.Ordinal);
        }
    }

    /// <summary>Checks what the targets declare: types the command line can give, and no name of a built-in option
    /// (which the command line reads first, wherever it is).</summary>
    public static void Validate(TargetGraph graph)
    {
        foreach (var target in graph.Targets)
        {
            foreach (var argument in target.Definition.Arguments)
            {
                if (!ValueConverter.IsSupported(argument.ValueType))
                {
                    throw new UsageException(
                        $"Argument '{argument.Name}' of target '{target.Name}' is of type {argument.ValueType.Name}, which the command line cannot give: use string, bool, int, long, double, an enum, AbsolutePath, or an array of one of them.");
                }

                if (CommandLineParser.IsBuiltInName(argument.Name))
                {
                    throw new UsageException($"Argument '{argument.Name}' of target '{target.Name}' has the name of the built-in option --{argument.Name}: rename the argument.");
                }
            }
        }
    }

    /// <summary>The single-letter form of an argument: its first letter, when no other argument of the target starts
    /// with it and no built-in option uses it. A positional has none, nor has a flag that is true unless turned off
    /// (<c>-s</c> could only say what it already is).</summary>
    public static char? ShortForm(ExecutableTarget target, TargetArgument argument)
    {
        if (argument.IsPositional || (argument.IsFlag && argument.DefaultValue is true))
        {
            return null;
        }

        var letter = argument.Name[0];
        var taken = CommandLineParser.BuiltInAliases.Any(alias => alias.Length == 1 && alias[0] == letter);
        return !taken && target.Definition.Arguments.Count(a => a.Name[0] == letter) == 1 ? letter : null;
    }

    private static TargetArgument? NextPositional(ExecutableTarget target, Dictionary<string, List<string>> given) =>
        target.Definition.Arguments.FirstOrDefault(a => a.IsPositional && !given.ContainsKey(a.Name));

    private static (TargetArgument? Argument, bool Negated) Match(ExecutableTarget target, string token, string name)
    {
        var arguments = target.Definition.Arguments;
        if (!token.StartsWith("--", StringComparison.Ordinal))
        {
            return (name.Length == 1 ? arguments.FirstOrDefault(a => ShortForm(target, a) == name[0]) : null, false);
        }

        if (arguments.FirstOrDefault(a => Naming.Matches(a.Name, name)) is { } exact)
        {
            return (exact, false);
        }

        var negated = name.StartsWith("no-", StringComparison.OrdinalIgnoreCase)
            ? arguments.FirstOrDefault(a => a.IsFlag && Naming.Matches(a.Name, name[3..]))
            : null;
        return (negated, negated is not null);
    }

    // Only the option's name is shown, never what is attached to it: it may be a secret given with the wrong syntax.
    private static UsageException UnknownArgument(ExecutableTarget target, string token, IReadOnlyList<ParameterDescriptor> parameters)
    {
        var (dashes, end, shown) = CommandLineParser.Shown(token);
        var name = token[dashes..end];
        var candidates = target.Definition.Arguments.Select(a => a.Name)
            .Concat(parameters.Select(p => p.Name))
            .Concat(CommandLineParser.BuiltInNames);
        var hint = Suggestions.DidYouMean(name, candidates, "--");
        return new UsageException(
            $"Unknown option '{shown}' for target '{target.Name}'.{hint} Run './build.sh {target.Name} --help' to see its arguments.");
    }

    private static object? Convert(ExecutableTarget target, TargetArgument argument, List<string> texts, string workingDirectory)
    {
        if (!argument.IsArray)
        {
            return ConvertOne(target, argument, argument.ValueType, texts[^1], workingDirectory);
        }

        var elementType = argument.ValueType.GetElementType()!;
        var items = texts
            .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => ConvertOne(target, argument, elementType, v, workingDirectory))
            .ToList();
        var array = Array.CreateInstance(elementType, items.Count);
        for (var index = 0; index < items.Count; index++)
        {
            array.SetValue(items[index], index);
        }

        return array;
    }

    private static object? ConvertOne(ExecutableTarget target, TargetArgument argument, Type type, string text, string workingDirectory) =>
        ValueConverter.TryConvertText(type, text, workingDirectory, out var value)
            ? value
            : throw new UsageException(
                $"Invalid value '{text}' for argument --{argument.Name} of target '{target.Name}': expected {ValueConverter.Expected(Nullable.GetUnderlyingType(type) ?? type)}.");
}
