using Automation.Targets;

namespace Automation.CommandLine;

/// <summary>Writes <c>--list</c>: every listed target with its direct dependencies, and its arguments on the next line.</summary>
internal static class ListWriter
{
    public static void Write(Action<string> print, TargetGraph graph, IReadOnlyList<ExecutableTarget> defaults)
    {
        var targets = graph.Targets.Where(t => !t.Definition.IsUnlisted).ToList();
        var names = targets.Select(t => defaults.Contains(t) ? t.Name + " (default)" : t.Name).ToList();
        var width = names.Select(n => n.Length).DefaultIfEmpty().Max() + 2;
        for (var i = 0; i < targets.Count; i++)
        {
            var dependencies = targets[i].ExecutionDependencies;
            var arrow = dependencies.Count == 0 ? string.Empty : "-> " + string.Join(", ", dependencies.Select(d => d.Name));
            print($"{names[i].PadRight(width)}{arrow}".TrimEnd());
            if (targets[i].Definition.Arguments.Count > 0)
            {
                print($"    {TargetHelpWriter.Synopsis(targets[i])}");
            }
        }
    }
}
