namespace Automation;

/// <summary>
/// NUKE's <c>[OnDemand]</c> on an injected member (<c>[GitVersion, OnDemand] readonly GitVersion GitVersion;</c>): the
/// value is made only when a target about to run requires it (<c>.Requires(() =&gt; GitVersion)</c>), or when the member
/// is also <c>[Required]</c>; otherwise it stays unset, and what making it costs (running GitVersion, evaluating a
/// solution, asking a server) is not paid. <see cref="OnDemandValueInjectionAttribute"/> on the build class does this for
/// every injected member. Parameters are always bound.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class OnDemandAttribute : Attribute
{
}
