using Automation.Tests.Support;

namespace Automation.Tests.Execution;

public sealed class RequirementTests
{
    private sealed class Publishing : AutomationBuild
    {
        [Parameter("Key for the feed")]
        private string? ApiKey { get; set; }

        [Parameter("Configuration to build")]
        private string Configuration { get; set; } = "Debug";

        [Parameter("Whether to deploy")]
        private bool Deploy { get; set; }

        Target Compile => _ => _.Executes(() => Trace.Record("compile"));

        Target Publish => _ => _.DependsOn(Compile).Requires(() => ApiKey).Executes(() => Trace.Record("publish"));

        Target Release => _ => _.DependsOn(Compile).Requires(() => Configuration == "Release").Executes(() => Trace.Record("release"));

        Target Ship => _ => _.DependsOn(Compile).OnlyWhenStatic(() => Deploy).Requires(() => ApiKey).Executes(() => Trace.Record("ship"));
    }

    [Fact]
    public void A_missing_required_parameter_stops_the_build_before_anything_runs()
    {
        var run = BuildHarness.Run<Publishing>("publish");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.Contains("--api-key <value>", run.Output, StringComparison.Ordinal);
        Assert.Contains("API_KEY", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Build succeeded", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_required_parameter_given_on_the_command_line_lets_the_target_run()
    {
        var run = BuildHarness.Run<Publishing>("publish", "--api-key", "k");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["compile", "publish"], run.Trace);
    }

    [Fact]
    public void A_required_parameter_given_in_the_environment_lets_the_target_run()
    {
        var options = new BuildOptions { Variables = new Dictionary<string, string> { ["API_KEY"] = "k" } };

        var run = BuildHarness.Run<Publishing>(options, "publish");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["compile", "publish"], run.Trace);
    }

    [Fact]
    public void A_false_required_condition_is_a_usage_error()
    {
        var run = BuildHarness.Run<Publishing>("release");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.Contains("Configuration == \"Release\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_true_required_condition_lets_the_target_run()
    {
        var run = BuildHarness.Run<Publishing>("release", "--configuration", "Release");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["compile", "release"], run.Trace);
    }

    [Fact]
    public void All_unmet_requirements_are_reported_together()
    {
        var run = BuildHarness.Run<Publishing>("publish", "release");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--api-key <value>", run.Output, StringComparison.Ordinal);
        Assert.Contains("Configuration == \"Release\"", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Requirements_of_targets_that_are_not_scheduled_are_not_checked()
    {
        var run = BuildHarness.Run<Publishing>("compile");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["compile"], run.Trace);
    }

    [Fact]
    public void Requirements_of_a_statically_skipped_target_are_not_checked()
    {
        var run = BuildHarness.Run<Publishing>("ship");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Skipped (condition false: Deploy)", run.Status("ship"));
    }

    [Fact]
    public void Requirements_of_a_target_whose_static_condition_holds_are_checked()
    {
        var run = BuildHarness.Run<Publishing>("ship", "--deploy");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.Contains("--api-key <value>", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Requirements_of_a_target_skipped_on_the_command_line_are_not_checked()
    {
        var run = BuildHarness.Run<Publishing>("publish", "--skip", "publish");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Skipped (--skip)", run.Status("publish"));
    }

    [Fact]
    public void The_plan_is_shown_without_demanding_required_parameters()
    {
        var run = BuildHarness.Run<Publishing>("publish", "--plan");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.Contains("publish", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("requires", run.Output, StringComparison.Ordinal);
    }
}
