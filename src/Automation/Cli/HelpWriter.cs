using System.Globalization;
using Automation.Parameters;
using Automation.Targets;

namespace Automation.Cli;

/// <summary>Writes <c>--help</c>: usage, targets with descriptions, parameters with type, default and environment name, options.</summary>
internal static class HelpWriter
{
    private static readonly (string Name, string Description)[] Options =
    [
        ("-h, --help", "Show this help"),
        ("-l, --list", "List targets and their direct dependencies"),
        ("--plan", "Show the execution plan and why each target is in it; run nothing"),
        ("-n, --dry-run", "Run the plan, echoing commands instead of starting them"),
        ("--skip [targets...]", "Skip these targets (bare: all but the invoked ones)"),
        ("--profile <name>...", "Add .nuke/parameters.<name>.json (later wins)"),
        ("--root <dir>", "Repository root (default: nearest ancestor holding .nuke/)"),
        ("--verbosity <level>", "quiet, minimal, normal (default) or verbose"),
        ("--no-color", "No colours (also: NO_COLOR)"),
        ("--host <name>", "Force an output host: " + string.Join(", ", Hosts.HostCatalog.Names)),
    ];

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
        WriteRows(print, Options.Select(o => (o.Name, o.Description)).ToList());
        print(string.Empty);
        print("Parameters can also come from the environment (AUTOMATION_<NAME> wins over <NAME>), from profile files and from .nuke/parameters.json.");
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
        else if (FormatDefault(initialValue) is { } shown)
        {
            parts.Add($"(default: {shown})");
        }

        parts.Add($"[env: {parameter.EnvironmentName}]");
        return string.Join(' ', parts);
    }

    private static string? FormatDefault(object? value) => value switch
    {
        null => null,
        string { Length: 0 } => null,
        bool flag => flag ? "true" : null,
        Array { Length: 0 } => null,
        Array array => string.Join(",", array.Cast<object>().Select(o => Convert.ToString(o, CultureInfo.InvariantCulture))),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
