using Automation.Targets;

namespace Automation.CommandLine;

/// <summary>Writes <c>--list</c>: every listed target with its arguments and direct dependencies.</summary>
internal static class ListWriter
{
    public static void Write(Action<string> print, TargetGraph graph, IReadOnlyList<ExecutableTarget> defaults)
    {
        var targets = graph.Targets.Where(t => !t.Definition.IsUnlisted).ToList();
        var names = targets.Select(t => (t.Name + " " + TargetHelpWriter.Synopsis(t)).TrimEnd() + (defaults.Contains(t) ? " (default)" : string.Empty)).ToList();
        var width = names.Select(n => n.Length).DefaultIfEmpty().Max() + 2;
        for (var i = 0; i < targets.Count; i++)
        {
            var dependencies = targets[i].ExecutionDependencies;
            var arrow = dependencies.Count == 0 ? string.Empty : "-> " + string.Join(", ", dependencies.Select(d => d.Name));
            print($"{names[i].PadRight(width)}{arrow}".TrimEnd());
        }
    }
}
