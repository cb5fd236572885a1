using Automation.Core;

namespace Automation.Targets;

/// <summary>All targets of a build, in declaration order, with lookup by command-line name.</summary>
internal sealed class TargetGraph
{
    private readonly Dictionary<string, ExecutableTarget> _byNormalizedName;
    private readonly Dictionary<string, ExecutableTarget> _defaultByNormalizedNamespace;
    private readonly TargetResolver _resolver;

    public TargetGraph(IReadOnlyList<ExecutableTarget> targets, TargetResolver resolver, IReadOnlyDictionary<string, ExecutableTarget>? namespaceDefaults = null)
    {
        Targets = targets;
        _resolver = resolver;
        _byNormalizedName = targets.ToDictionary(t => Naming.Normalize(t.Name), StringComparer.Ordinal);
        NamespaceDefaults = namespaceDefaults ?? new Dictionary<string, ExecutableTarget>();
        _defaultByNormalizedNamespace = NamespaceDefaults.ToDictionary(pair => Naming.Normalize(pair.Key), pair => pair.Value, StringComparer.Ordinal);
        Namespaces = [.. targets.SelectMany(t => Prefixes(t.Namespace)).Distinct(StringComparer.Ordinal)];
        foreach (var (name, target) in NamespaceDefaults)
        {
            if (_byNormalizedName.TryGetValue(Naming.Normalize(name), out var clash))
            {
                throw new UsageException(
                    $"'{name}' is both a target ({clash.Member.DeclaringType?.Name}.{clash.MemberName}) and a namespace whose default is '{target.Name}', so './build.sh {name}' would be ambiguous. Rename the target or the namespace.");
            }
        }
    }

    public IReadOnlyList<ExecutableTarget> Targets { get; }

    /// <summary>Every namespace, nested ones included (<c>docs</c>, <c>docs.api</c>), in the order of their first target.</summary>
    public IReadOnlyList<string> Namespaces { get; }

    /// <summary>Namespace → the target its bare name runs.</summary>
    public IReadOnlyDictionary<string, ExecutableTarget> NamespaceDefaults { get; }

    /// <summary>What can be typed as a target: the listed targets' names, then namespaces that have a default.</summary>
    public IReadOnlyList<string> InvocableNames =>
        [.. Targets.Where(t => !t.Definition.IsUnlisted).Select(t => t.Name), .. Namespaces.Where(NamespaceDefaults.ContainsKey)];

    /// <summary>The target a delegate returned by the build belongs to (for default targets).</summary>
    public ExecutableTarget Resolve(Target target) => _resolver.Resolve(target);

    /// <summary>
    /// Finds a target by name ignoring case and dashes (<c>Docs.Build</c> is <c>docs.build</c>), or a namespace's
    /// default by the namespace's name; an unknown name is a usage error with suggestions.
    /// </summary>
    public ExecutableTarget Find(string name)
    {
        var normalized = Naming.Normalize(name);
        if (_byNormalizedName.TryGetValue(normalized, out var target) || _defaultByNormalizedNamespace.TryGetValue(normalized, out target))
        {
            return target;
        }

        if (Namespaces.FirstOrDefault(n => Naming.Normalize(n) == normalized) is { } @namespace)
        {
            var inside = Targets.Where(t => !t.Definition.IsUnlisted && t.Namespace == @namespace).Select(t => t.Name).ToList();
            var listing = inside.Count > 0 ? $": {string.Join(", ", inside)}" : string.Empty;
            throw new UsageException(
                $"'{name}' is a namespace without a default target. Name one of its targets{listing}. Run with --list to see all targets.");
        }

        var listed = InvocableNames;
        // A name without the namespace in front ('check' for 'tools.check', 'db.migrate' for 'data.db.migrate') is the
        // likeliest slip; otherwise the closest names, leaving out the namespace the name is already in ('docs' for
        // 'docs.bild'), which is no help.
        var unqualified = listed.Where(n => Naming.Normalize(n).EndsWith("." + normalized, StringComparison.Ordinal)).Take(3).ToList();
        var hint = unqualified.Count > 0
            ? $" Did you mean {string.Join(" or ", unqualified.Select(n => $"'{n}'"))}?"
            : Suggestions.DidYouMean(name, listed.Where(n => !normalized.StartsWith(Naming.Normalize(n) + ".", StringComparison.Ordinal)));
        if (hint.Length == 0)
        {
            // Nothing is close: name what exists, so the user is never left guessing.
            const int shown = 12;
            hint = $" Targets: {string.Join(", ", listed.Take(shown))}{(listed.Count > shown ? ", ..." : string.Empty)}.";
        }

        throw new UsageException($"Unknown target '{name}'.{hint} Run with --list to see all targets.");
    }

    // docs.api → docs, docs.api
    private static IEnumerable<string> Prefixes(string @namespace)
    {
        for (var dot = @namespace.IndexOf('.', StringComparison.Ordinal); dot >= 0; dot = @namespace.IndexOf('.', dot + 1))
        {
            yield return @namespace[..dot];
        }

        if (@namespace.Length > 0)
        {
            yield return @namespace;
        }
    }
}
