using System.Reflection;
using Automation.Tests.Support;

namespace Automation.Tests.Injection;

/// <summary>
/// NUKE's <c>[OnDemand]</c> and <c>[OnDemandValueInjection]</c>: an on-demand value is made only when a target about to
/// run requires it (<c>.Requires(() =&gt; Member)</c>) or it is <c>[Required]</c>; the others are made before targets are
/// declared, as always.
/// </summary>
public sealed class OnDemandInjectionTests
{
    [Fact]
    public void A_target_that_does_not_require_the_value_runs_without_it_being_made()
    {
        var run = BuildHarness.Run<MemberBuild>("compile");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["inject:Always", "compile:-"], run.Trace);
    }

    [Fact]
    public void A_planned_target_that_requires_the_value_gets_it_before_it_runs()
    {
        var run = BuildHarness.Run<MemberBuild>("pack");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["inject:Always", "inject:Version", "compile:1.2.3", "pack:1.2.3"], run.Trace);
    }

    [Fact]
    public void The_plan_makes_the_values_its_targets_require()
    {
        var run = BuildHarness.Run<MemberBuild>("pack", "--plan");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["inject:Always", "inject:Version"], run.Trace);
    }

    [Fact]
    public void On_the_build_class_every_injected_member_waits_for_a_target_that_requires_it()
    {
        var run = BuildHarness.Run<ClassBuild>("publish");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["inject:Version", "inject:Always", "publish:1.2.3"], run.Trace);
    }

    [Fact]
    public void A_required_on_demand_member_is_made_for_any_target()
    {
        var run = BuildHarness.Run<ClassBuild>("compile");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["inject:Always", "compile:-"], run.Trace);
    }

    /// <summary>Records each value it makes, as a network or process call would be counted.</summary>
    private sealed class CountedAttribute : ValueInjectionAttributeBase
    {
        public override object? GetValue(MemberInfo member, object instance)
        {
            Trace.Record("inject:" + member.Name);
            return "1.2.3";
        }
    }

    private sealed class MemberBuild : AutomationBuild
    {
        [Counted]
        [OnDemand]
        public readonly string? Version = null;

        [Counted]
        public readonly string? Always = null;

        Target Compile => _ => _.Executes(() => Trace.Record("compile:" + (Version ?? "-")));

        Target Pack => _ => _.DependsOn(Compile).Requires(() => Version).Executes(() => Trace.Record("pack:" + Version));
    }

    [OnDemandValueInjection]
    private sealed class ClassBuild : AutomationBuild
    {
        [Counted]
        public readonly string? Version = null;

        [Counted]
        [Required]
        public readonly string? Always = null;

        Target Compile => _ => _.Executes(() => Trace.Record("compile:" + (Version ?? "-")));

        Target Publish => _ => _.Requires(() => Version).Executes(() => Trace.Record("publish:" + Version));
    }
}
