namespace Automation.Targets;

/// <summary>
/// A not-yet-resolved reference to one or more targets, as written in a definition: a target delegate,
/// all targets of a component, or a selection from a component. <see cref="IsOptional"/> is the <c>Try…</c> form.
/// </summary>
internal sealed record TargetReference(Target? Direct, Type? Component, Func<object, Target>? Selector, bool IsOptional)
{
    public static TargetReference Of(Target target) => new(target, null, null, false);

    public static TargetReference AllOf<T>(bool optional) => new(null, typeof(T), null, optional);

    public static TargetReference Select<T>(Func<T, Target> selector, bool optional) =>
        new(null, typeof(T), build => selector((T)build), optional);
}
