using System.Text;
using Automation.Hosts;
using Automation.Parameters;
using Automation.Targets;

namespace Automation.CommandLine;

/// <summary>
/// What shell completion can offer for one build: its listed targets and every option with the values worth offering.
/// The build writes it to <c>.nuke/temp/completion.txt</c> on each run, so <c>automation :complete</c> answers from
/// the file without compiling or starting the build. One line per entry, tab-separated:
/// <c>target	pack</c>, <c>option	--verbosity	one	quiet	minimal	normal	verbose</c>, and a target's own arguments as
/// <c>argument	deploy	--environment	one	Staging	Production</c>.
/// </summary>
internal sealed record CompletionCatalog(IReadOnlyList<string> Targets, IReadOnlyList<CompletionOption> Options, IReadOnlyDictionary<string, List<CompletionOption>>? TargetOptions = null)
{
    /// <summary>The options offered after <paramref name="target"/>'s name: its own arguments first, then the others.</summary>
    public IEnumerable<CompletionOption> OptionsAfter(string? target) =>
        target is not null && TargetOptions is not null && TargetOptions.TryGetValue(target, out var own) ? own.Concat(Options) : Options;

    private const string Header = "# automation completion v1: written by the build on each run; do not edit";

    public static CompletionCatalog Create(TargetGraph graph, IReadOnlyList<ParameterDescriptor> parameters)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var listed = graph.Targets.Where(t => !t.Definition.IsUnlisted).ToList();
        // Namespaces with a default are typed as targets too ('./build.sh docs'), and take their default's arguments.
        var catalog = Create(graph.InvocableNames, parameters);
        var targetOptions = listed.Where(t => t.Definition.Arguments.Count > 0).ToDictionary(t => t.Name, ArgumentOptions, StringComparer.OrdinalIgnoreCase);
        foreach (var (@namespace, target) in graph.NamespaceDefaults.Where(pair => pair.Value.Definition.Arguments.Count > 0))
        {
            targetOptions[@namespace] = ArgumentOptions(target);
        }

        return catalog with { TargetOptions = targetOptions };
    }

    private static List<CompletionOption> ArgumentOptions(ExecutableTarget target)
    {
        var options = new List<CompletionOption>();
        foreach (var argument in target.Definition.Arguments)
        {
            var arity = argument.IsArray ? CompletionArity.Many : argument.IsFlag ? CompletionArity.None : CompletionArity.One;
            var values = EnumValues(argument.ValueType);
            options.Add(new CompletionOption("--" + argument.Name, arity, values));
            if (argument.IsFlag && argument.DefaultValue is true)
            {
                options.Add(new CompletionOption("--no-" + argument.Name, CompletionArity.None, []));
            }

            if (TargetArgumentParser.ShortForm(target, argument) is { } letter)
            {
                options.Add(new CompletionOption("-" + letter, arity, values));
            }
        }

        return options;
    }

    /// <summary>The catalog of these targets and parameters; with none, just the built-in options (before a first run).</summary>
    public static CompletionCatalog Create(IReadOnlyList<string> targets, IReadOnlyList<ParameterDescriptor> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var options = new List<CompletionOption>();
        foreach (var (name, alias, arity) in CommandLineParser.BuiltInShapes)
        {
            var values = BuiltInValues(name, targets);
            options.Add(new CompletionOption("--" + name, arity, values));
            if (alias is not null)
            {
                options.Add(new CompletionOption("-" + alias, arity, values));
            }
        }

        foreach (var parameter in parameters)
        {
            var arity = parameter.IsArray ? CompletionArity.Many : parameter.IsFlag ? CompletionArity.None : CompletionArity.One;
            options.Add(new CompletionOption("--" + parameter.Name, arity, EnumValues(parameter.ValueType)));
        }

        return new CompletionCatalog(targets, options);
    }

    public string ToText()
    {
        var text = new StringBuilder().Append(Header).Append('\n');
        foreach (var target in Targets)
        {
            text.Append("target\t").Append(target).Append('\n');
        }

        foreach (var option in Options)
        {
            text.Append("option\t").Append(option.Name).Append('\t').Append(option.Arity.ToString().ToLowerInvariant());
            foreach (var value in option.Values)
            {
                text.Append('\t').Append(value);
            }

            text.Append('\n');
        }

        foreach (var (target, options) in TargetOptions ?? new Dictionary<string, List<CompletionOption>>())
        {
            foreach (var option in options)
            {
                text.Append("argument\t").Append(target).Append('\t').Append(option.Name).Append('\t').Append(option.Arity.ToString().ToLowerInvariant());
                foreach (var value in option.Values)
                {
                    text.Append('\t').Append(value);
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>Reads <see cref="ToText"/>'s format; lines it does not understand (a newer format) are passed over.</summary>
    public static CompletionCatalog Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var targets = new List<string>();
        var options = new List<CompletionOption>();
        var targetOptions = new Dictionary<string, List<CompletionOption>>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var fields = line.Split('\t');
            if (fields is ["target", var target])
            {
                targets.Add(target);
            }
            else if (fields is ["option", var name, var arityText, ..] && Enum.TryParse<CompletionArity>(arityText, ignoreCase: true, out var arity))
            {
                options.Add(new CompletionOption(name, arity, fields[3..]));
            }
            else if (fields is ["argument", var owner, var argumentName, var argumentArity, ..] && Enum.TryParse<CompletionArity>(argumentArity, ignoreCase: true, out var ownArity))
            {
                if (!targetOptions.TryGetValue(owner, out var list))
                {
                    targetOptions[owner] = list = [];
                }

                list.Add(new CompletionOption(argumentName, ownArity, fields[4..]));
            }
        }

        return new CompletionCatalog(targets, options, targetOptions);
    }

    // The values of the built-ins that have a fixed set; everything else (--root, --profile, --parallel) takes free text.
    private static IReadOnlyList<string> BuiltInValues(string name, IReadOnlyList<string> targets) => name switch
    {
        "skip" => targets,
        "verbosity" => Enum.GetNames<Verbosity>().Select(v => v.ToLowerInvariant()).ToList(),
        "host" => HostCatalog.Names.ToList(),
        _ => [],
    };

    private static IReadOnlyList<string> EnumValues(Type type) => ValueConverter.AllowedValues(type);
}
