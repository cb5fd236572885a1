using Automation.Targets;

namespace Automation.CommandLine;

/// <summary>
/// The listed targets as a tree of namespaces, for <c>--list</c> and <c>--list --json</c>: a node is a namespace (the
/// root has the empty path) whose children are its targets and its namespaces, in the order of their first target.
/// </summary>
internal sealed class TargetTree
{
    private TargetTree(string path, string name, ExecutableTarget? target)
    {
        Path = path;
        Name = name;
        Target = target;
    }

    /// <summary>The namespace's full name (<c>docs.api</c>); empty for the root and for a target's leaf.</summary>
    public string Path { get; }

    /// <summary>The last part of the namespace's name (<c>api</c>).</summary>
    public string Name { get; }

    /// <summary>The target of a leaf; null for a namespace.</summary>
    public ExecutableTarget? Target { get; }

    public List<TargetTree> Children { get; } = [];

    public static TargetTree Of(TargetGraph graph)
    {
        var root = new TargetTree(string.Empty, string.Empty, null);
        foreach (var target in graph.Targets.Where(t => !t.Definition.IsUnlisted))
        {
            var node = root;
            if (target.Namespace.Length > 0)
            {
                foreach (var part in target.Namespace.Split('.'))
                {
                    var path = node.Path.Length == 0 ? part : $"{node.Path}.{part}";
                    var next = node.Children.Find(c => c.Target is null && c.Path == path);
                    if (next is null)
                    {
                        next = new TargetTree(path, part, null);
                        node.Children.Add(next);
                    }

                    node = next;
                }
            }

            node.Children.Add(new TargetTree(string.Empty, target.LocalName, target));
        }

        return root;
    }
}
