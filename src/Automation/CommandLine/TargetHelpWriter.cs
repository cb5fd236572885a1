using Automation.Parameters;
using Automation.Targets;

namespace Automation.CommandLine;

/// <summary>Writes <c>./build.sh &lt;target&gt; --help</c>: the target's usage, description, arguments and dependencies.</summary>
internal static class TargetHelpWriter
{
    public static void Write(Action<string> print, IReadOnlyList<ExecutableTarget> targets, IReadOnlyList<ParameterDescriptor> parameters, TargetGraph? graph = null)
    {
        for (var index = 0; index < targets.Count; index++)
        {
            if (index > 0)
            {
                print(string.Empty);
            }

            Write(print, targets[index], parameters, graph);
        }
    }

    /// <summary>The usage line's arguments: <c>&lt;environment&gt; [--version &lt;string&gt;] [--docs]</c>.</summary>
    public static string Synopsis(ExecutableTarget target) =>
        string.Join(' ', target.Definition.Arguments.Select(a => a.IsPositional
            ? a.IsRequired ? $"<{a.Name}>" : $"[<{a.Name}>]"
            : $"[{OptionForm(a)}{(a.IsFlag ? string.Empty : $" <{ValueConverter.DisplayType(a.ValueType)}>")}]"));

    private static void Write(Action<string> print, ExecutableTarget target, IReadOnlyList<ParameterDescriptor> parameters, TargetGraph? graph)
    {
        print($"Usage: ./build.sh {target.Name} {Synopsis(target)}".TrimEnd());
        if (graph is not null && graph.NamespaceDefaults.TryGetValue(target.Namespace, out var namespaceDefault) && namespaceDefault == target)
        {
            var synopsis = Synopsis(target);
            print($"   or: ./build.sh {target.Namespace}{(synopsis.Length > 0 ? " " + synopsis : string.Empty)}  (the default of namespace {target.Namespace})");
        }
        if (target.Description is { Length: > 0 } description)
        {
            print(string.Empty);
            print(description);
        }

        var arguments = target.Definition.Arguments;
        if (arguments.Count > 0)
        {
            print(string.Empty);
            print("Arguments:");
            var rows = arguments.Select(a => (Left: Left(target, a), Right: Describe(a, parameters))).ToList();
            var width = rows.Max(r => r.Left.Length) + 2;
            foreach (var (left, right) in rows)
            {
                print($"  {left.PadRight(width)}{right}".TrimEnd());
            }
        }

        if (target.ExecutionDependencies.Count > 0)
        {
            print(string.Empty);
            print($"Depends on: {string.Join(", ", target.ExecutionDependencies.Select(d => d.Name))}");
        }

        print(string.Empty);
        print("Options after the target's name are its arguments; build parameters and options: ./build.sh --help");
    }

    private static string Left(ExecutableTarget target, TargetArgument argument)
    {
        var shortForm = TargetArgumentParser.ShortForm(target, argument) is { } letter ? $"-{letter}, " : string.Empty;
        var value = argument.IsFlag ? string.Empty : $" <{ValueConverter.DisplayType(argument.ValueType)}>";
        var type = argument.ValueType == typeof(string) ? string.Empty : $": {ValueConverter.DisplayType(argument.ValueType)}";
        return argument.IsPositional ? $"<{argument.Name}{type}>" : $"{shortForm}{OptionForm(argument)}{value}";
    }

    // A flag that is true unless turned off is written as its --no- form.
    private static string OptionForm(TargetArgument argument) =>
        argument.IsFlag && argument.DefaultValue is true ? $"--no-{argument.Name}" : $"--{argument.Name}";

    private static string Describe(TargetArgument argument, IReadOnlyList<ParameterDescriptor> parameters)
    {
        var parts = new List<string>();
        if (argument.Description.Length > 0)
        {
            parts.Add(argument.Description);
        }

        if (argument.IsRequired)
        {
            parts.Add("(required)");
        }
        else if (DefaultValueText.Format(argument.DefaultValue) is { } shown)
        {
            parts.Add($"(default: {shown})");
        }

        if (parameters.Any(p => Core.Naming.Matches(p.Name, argument.Name)))
        {
            parts.Add($"(this target's; the build parameter --{argument.Name} goes before the target's name)");
        }

        return string.Join(' ', parts);
    }
}
