using System.Reflection;
using Automation.Targets;

namespace Automation.Parameters;

/// <summary>
/// Which injected members wait for the plan (<see cref="OnDemandAttribute"/>, <see cref="OnDemandValueInjectionAttribute"/>)
/// and which of them the planned targets need: a member a planned target names in <c>.Requires(() =&gt; Member)</c>, or
/// one marked <see cref="RequiredAttribute"/> (which every target requires).
/// </summary>
internal static class OnDemandInjection
{
    /// <summary>Whether <paramref name="member"/> of <paramref name="buildType"/> is made only on demand.</summary>
    public static bool Applies(Type buildType, MemberInfo member) =>
        member.IsDefined(typeof(OnDemandAttribute), inherit: true) || buildType.IsDefined(typeof(OnDemandValueInjectionAttribute), inherit: true);

    /// <summary>Makes the on-demand members of <paramref name="build"/> that <paramref name="planned"/> need.</summary>
    /// <param name="build">The build.</param>
    /// <param name="planned">The targets about to run (or to be shown as the plan).</param>
    /// <param name="warn">Where a failure to make one goes.</param>
    public static void Inject(IAutomationBuild build, IEnumerable<ExecutableTarget> planned, Action<string> warn)
    {
        var required = planned.SelectMany(target => target.Definition.ValueRequirements).Select(requirement => requirement.MemberName).OfType<string>().ToHashSet(StringComparer.Ordinal);
        ValueInjector.Inject(build, warn, member => required.Contains(member.Name) || member.IsDefined(typeof(RequiredAttribute), inherit: true));
    }
}
