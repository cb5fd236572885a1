using Automation.Parameters;
using Automation.Targets;

namespace Automation.CommandLine;

/// <summary>Writes <c>--help</c>: usage, targets with descriptions, parameters with type, default and environment name, options.</summary>
internal static class HelpWriter
{
    public static void Write(
        Action<string> print,
        TargetGraph graph,
        IReadOnlyList<ExecutableTarget> defaults,
        IReadOnlyList<ParameterDescriptor> parameters,
        IReadOnlyDictionary<ParameterDescriptor, object?> initialValues)
    {
        print("Usage: ./build.sh [targets...] [options] [--<parameter> <value> ...]");
        print(string.Empty);
        print("Targets:");
        var targets = graph.Targets.Where(t => !t.Definition.IsUnlisted).ToList();
        var targetWidth = targets.Select(t => t.Name.Length).DefaultIfEmpty().Max() + 2;
        foreach (var target in targets)
        {
            var suffix = defaults.Contains(target) ? " (default)" : string.Empty;
            print($"  {target.Name.PadRight(targetWidth)}{target.Description}{suffix}".TrimEnd());
        }

        if (parameters.Count > 0)
        {
            print(string.Empty);
            print("Parameters:");
            var rows = parameters.Select(p => (Left: $"--{p.Name} <{ValueConverter.DisplayType(p.ValueType)}>", Right: Describe(p, initialValues[p]))).ToList();
            WriteRows(print, rows);
        }

        print(string.Empty);
        print("Options:");
        WriteRows(print, CommandLineParser.BuiltInHelp.ToList());
        print(string.Empty);
        print("Parameters can also come from the environment (AUTOMATION_<NAME> wins over <NAME>), from profile files and from .nuke/parameters.json.");
        if (targets.Exists(t => t.Definition.Arguments.Count > 0))
        {
            print("Targets take their own arguments after their name: './build.sh <target> --help' shows them.");
        }
    }

    private static void WriteRows(Action<string> print, List<(string Left, string Right)> rows)
    {
        var width = rows.Max(r => r.Left.Length) + 2;
        foreach (var (left, right) in rows)
        {
            print($"  {left.PadRight(width)}{right}".TrimEnd());
        }
    }

    private static string Describe(ParameterDescriptor parameter, object? initialValue)
    {
        var parts = new List<string>();
        if (parameter.Description is { Length: > 0 } description)
        {
            parts.Add(description);
        }

        if (parameter.IsSecret)
        {
            parts.Add("(secret)");
        }
        else if (DefaultValueText.Format(initialValue) is { } shown)
        {
            parts.Add($"(default: {shown})");
        }

        parts.Add($"[env: {parameter.EnvironmentName}]");
        return string.Join(' ', parts);
    }
}
