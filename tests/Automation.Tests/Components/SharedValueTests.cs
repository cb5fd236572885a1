using Automation.Tests.Support;

namespace Automation.Tests.Components;

/// <summary><see cref="IAutomationBuild.Shared{T}"/>: a value computed once per build, whoever asks first.</summary>
public sealed class SharedValueTests
{
    public interface IStamp : IAutomationBuild
    {
        string Stamp => Shared(() =>
        {
            Trace.Record("computed");
            return "v1";
        });

        Target First => _ => _.Executes(() => Trace.Record($"first {Stamp}"));

        Target Second => _ => _.DependsOn(First).Executes(() => Trace.Record($"second {Stamp}"));
    }

    private sealed class Build : AutomationBuild, IStamp;

    [Fact]
    public void A_shared_value_is_computed_once_per_build()
    {
        Assert.Equal(["computed", "first v1", "second v1"], BuildHarness.Run<Build>("second").Trace);
        Assert.Equal(["computed", "first v1"], BuildHarness.Run<Build>("first").Trace);
    }
}
