using Automation.Tests.Support;

namespace Automation.Tests.Planning;

public sealed class PlannerTests
{
    private sealed class Chain : AutomationBuild
    {
        Target Clean => _ => _.Executes(() => Trace.Record("clean"));

        Target Restore => _ => _.Executes(() => Trace.Record("restore"));

        public Target Compile => _ => _.DependsOn(Restore).Executes(() => Trace.Record("compile"));

        Target Pack => _ => _.DependsOn(Compile).After(Clean).Executes(() => Trace.Record("pack"));
    }

    [Fact]
    public void Dependencies_run_first_and_invoked_targets_run_in_the_order_typed()
    {
        var run = BuildHarness.Run<Chain>("clean", "pack");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["clean", "restore", "compile", "pack"], run.Trace);
    }

    [Fact]
    public void Default_target_runs_when_none_is_named()
    {
        var run = BuildHarness.Run<Chain>(new BuildOptions().WithDefaults<Chain>(x => x.Compile));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["restore", "compile"], run.Trace);
    }
}
