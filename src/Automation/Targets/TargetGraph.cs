using Automation.Core;

namespace Automation.Targets;

/// <summary>All targets of a build, in declaration order, with lookup by command-line name.</summary>
internal sealed class TargetGraph
{
    private readonly Dictionary<string, ExecutableTarget> _byNormalizedName;
    private readonly TargetResolver _resolver;

    public TargetGraph(IReadOnlyList<ExecutableTarget> targets, TargetResolver resolver)
    {
        Targets = targets;
        _resolver = resolver;
        _byNormalizedName = targets.ToDictionary(t => Naming.Normalize(t.Name), StringComparer.Ordinal);
    }

    public IReadOnlyList<ExecutableTarget> Targets { get; }

    /// <summary>The target a delegate returned by the build belongs to (for default targets).</summary>
    public ExecutableTarget Resolve(Target target) => _resolver.Resolve(target);

    /// <summary>Finds a target by name ignoring case and dashes; an unknown name is a usage error with suggestions.</summary>
    public ExecutableTarget Find(string name)
    {
        if (_byNormalizedName.TryGetValue(Naming.Normalize(name), out var target))
        {
            return target;
        }

        var listed = Targets.Where(t => !t.Definition.IsUnlisted).Select(t => t.Name).ToList();
        var hint = Suggestions.DidYouMean(name, listed);
        if (hint.Length == 0)
        {
            // Nothing is close: name what exists, so the user is never left guessing.
            const int shown = 12;
            hint = $" Targets: {string.Join(", ", listed.Take(shown))}{(listed.Count > shown ? ", ..." : string.Empty)}.";
        }

        throw new UsageException($"Unknown target '{name}'.{hint} Run with --list to see all targets.");
    }
}
