using Automation.Core;

namespace Automation.Targets;

/// <summary>Turns the references in a definition into targets. A target is identified by its lambda's method,
/// so a property that returns a new delegate on every call still resolves to the same target.</summary>
internal sealed class TargetResolver(object build, TargetIdentity<ExecutableTarget> identity, IReadOnlyDictionary<RuntimeMethodHandle, ExecutableTarget> byGetter)
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

        // By the component's own properties, not by names: a namespace or a mount renames a component's targets.
        return component.GetInterfaces().Append(component)
            .SelectMany(TargetDiscovery.DeclaredTargets)
            .Select(p => byGetter.GetValueOrDefault(p.GetMethod!.MethodHandle))
            .OfType<ExecutableTarget>()
            .Where(t => t != owner)
            .Distinct()
            .OrderBy(t => t.DeclarationIndex);
    }
}
