using Automation.Targets;

namespace Automation.CommandLine;

/// <summary>
/// Writes <c>--list</c>: every listed target with its direct dependencies, and its arguments on the next line. Targets
/// in namespaces sit under their namespace's name, indented by two spaces a level, as a tree: a namespace's targets
/// first, then its namespaces.
/// </summary>
internal static class ListWriter
{
    public static void Write(Action<string> print, TargetGraph graph, IReadOnlyList<ExecutableTarget> defaults)
    {
        var tree = TargetTree.Of(graph);
        var rows = new List<(string Left, ExecutableTarget? Target)>();
        Collect(tree, depth: 0, rows, defaults, graph);
        var width = rows.Where(r => r.Target is not null).Select(r => r.Left.Length).DefaultIfEmpty().Max() + 2;
        foreach (var (left, target) in rows)
        {
            if (target is null)
            {
                print(left);
                continue;
            }

            var dependencies = target.ExecutionDependencies;
            var arrow = dependencies.Count == 0 ? string.Empty : "-> " + string.Join(", ", dependencies.Select(d => d.Name));
            print($"{left.PadRight(width)}{arrow}".TrimEnd());
            if (target.Definition.Arguments.Count > 0)
            {
                print($"{new string(' ', left.Length - left.TrimStart().Length + 4)}{TargetHelpWriter.Synopsis(target)}");
            }
        }
    }

    // A namespace is a row of its own (no target); its targets and namespaces follow, one level deeper.
    private static void Collect(TargetTree node, int depth, List<(string, ExecutableTarget?)> rows, IReadOnlyList<ExecutableTarget> defaults, TargetGraph graph)
    {
        var indent = new string(' ', depth * 2);
        // A namespace's own targets first, then its namespaces, as pyinvoke lists a collection.
        foreach (var child in node.Children.OrderBy(c => c.Target is null))
        {
            if (child.Target is { } target)
            {
                var marks = new List<string>();
                if (defaults.Contains(target))
                {
                    marks.Add("default");
                }

                if (graph.NamespaceDefaults.TryGetValue(target.Namespace, out var namespaceDefault) && namespaceDefault == target)
                {
                    marks.Add($"default of {target.Namespace}");
                }

                var name = node.Path.Length == 0 ? target.Name : target.LocalName;
                rows.Add(($"{indent}{name}{(marks.Count > 0 ? $" ({string.Join(", ", marks)})" : string.Empty)}", target));
            }
            else
            {
                rows.Add(($"{indent}{child.Name}", null));
                Collect(child, depth + 1, rows, defaults, graph);
            }
        }
    }
}
