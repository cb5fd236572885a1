using Automation.Core;

namespace Automation.Targets;

/// <summary>Turns the references in a definition into targets. A target is identified by its lambda's method,
/// so a property that returns a new delegate on every call still resolves to the same target.</summary>
internal sealed class TargetResolver(object build, IReadOnlyList<ExecutableTarget> targets, TargetIdentity<ExecutableTarget> identity)
{
    public IEnumerable<ExecutableTarget> Resolve(ExecutableTarget owner, IEnumerable<TargetReference> references) =>
        references.SelectMany(reference => Resolve(owner, reference));

    public ExecutableTarget Resolve(Target target) =>
        identity.TryGet(target, out var found)
            ? found
            : throw new UsageException($"A target delegate ({target.Method.Name}) is not a target property of {build.GetType().Name}.");

    private IEnumerable<ExecutableTarget> Resolve(ExecutableTarget owner, TargetReference reference)
    {
        if (reference.Direct is { } direct)
        {
            return [Resolve(direct)];
        }

        var component = reference.Component!;
        if (!component.IsInstanceOfType(build))
        {
            return reference.IsOptional
                ? []
                : throw new UsageException(
                    $"Target '{owner.Name}' refers to component {component.Name}, which {build.GetType().Name} does not implement. Implement it, or use the Try… form to make the reference optional.");
        }

        if (reference.Selector is { } selector)
        {
            return [Resolve(selector(build))];
        }

        var names = component.GetInterfaces().Append(component)
            .SelectMany(TargetDiscovery.DeclaredTargets)
            .Select(p => Naming.ToKebabCase(p.Name[(p.Name.LastIndexOf('.') + 1)..]))
            .ToHashSet(StringComparer.Ordinal);
        return targets.Where(t => names.Contains(t.Name) && t != owner);
    }
}
