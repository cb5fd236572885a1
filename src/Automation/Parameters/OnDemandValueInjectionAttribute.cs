namespace Automation;

/// <summary>
/// NUKE's <c>[OnDemandValueInjection]</c> on the build class: every injected member (<c>[GitRepository]</c>,
/// <c>[GitVersion]</c>, <c>[Solution]</c>, …) is made only when a target about to run requires it, as if each had
/// <see cref="OnDemandAttribute"/>. Parameters are always bound.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class OnDemandValueInjectionAttribute : Attribute
{
}
