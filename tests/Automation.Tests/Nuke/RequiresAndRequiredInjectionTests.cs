using System.Reflection;
using Automation.Tests.Support;

namespace Automation.Tests.Nuke;

/// <summary>
/// NUKE's <c>[Requires&lt;T&gt;]</c> on a build class and <c>[Required]</c> on an injected member, through a whole
/// in-process run: both stop the build before any target runs, with exit code 2 and a message naming the fix.
/// </summary>
public sealed class RequiresAndRequiredInjectionTests
{
    /// <summary>Injects what the test puts in <see cref="Value"/> (null: nothing, as a failed injection leaves it).</summary>
    private sealed class GivenAttribute : ValueInjectionAttributeBase
    {
        public static readonly AsyncLocal<string?> Value = new();

        public override object? GetValue(MemberInfo member, object instance) => Value.Value;
    }

    private sealed class InjectedBuild : AutomationBuild
    {
        [Given, Required]
        readonly string? Token = null;

        Target Compile => _ => _.Executes(() => Trace.Record($"token {Token}"));
    }

    [Requires<DockerTasks>]
    private sealed class DockerBuild : AutomationBuild
    {
        Target Image => _ => _.Executes(() => Trace.Record("image"));
    }

    [Fact]
    public void A_Required_injected_member_without_a_value_stops_the_build_before_any_target()
    {
        GivenAttribute.Value.Value = null;

        var run = BuildHarness.Run<InjectedBuild>("compile");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Member 'Token' is required to be not null or empty ([Required]), but [Given] gave it no value", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Trace);
    }

    [Fact]
    public void A_Required_injected_member_with_a_value_lets_the_build_run_and_the_plan_needs_none()
    {
        GivenAttribute.Value.Value = "abc";
        var run = BuildHarness.Run<InjectedBuild>("compile");
        GivenAttribute.Value.Value = "  ";
        var plan = BuildHarness.Run<InjectedBuild>("compile", "--plan");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["token abc"], run.Trace);
        Assert.Equal(0, plan.ExitCode);
    }

    [Fact]
    public void A_required_tool_that_is_missing_stops_the_build_naming_it_but_not_the_plan()
    {
        var variables = new Dictionary<string, string> { ["PATH"] = string.Empty };

        var run = BuildHarness.Run<DockerBuild>(new BuildOptions { Variables = variables }, "image");
        var plan = BuildHarness.Run<DockerBuild>(new BuildOptions { Variables = variables }, "image", "--plan");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("[Requires<DockerTasks>]: the build needs 'docker', which is not on PATH.", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Trace);
        Assert.Equal(0, plan.ExitCode);
    }
}
