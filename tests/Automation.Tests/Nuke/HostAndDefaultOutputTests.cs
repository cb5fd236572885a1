using Automation.Tests.Support;

namespace Automation.Tests.Nuke;

/// <summary>NUKE's <c>Host is Terminal</c> and <c>[DisableDefaultOutput]</c>.</summary>
public sealed class HostAndDefaultOutputTests
{
    private static readonly Dictionary<string, string> OnGitHubActions = new() { ["GITHUB_ACTIONS"] = "true", ["GITHUB_WORKFLOW"] = "alpha" };

    private sealed class HostProbe : AutomationBuild
    {
        Target Compile => _ => _.Executes(() =>
            Trace.Record($"terminal {Host is Terminal}, github {Host is GitHubActions { Workflow: "alpha" }}, through the interface {((IAutomationBuild)this).Host?.Name}"));
    }

    // JsTimers' build: a component interface asks its build's Host by the bare name, as INukeBuild.Host allowed.
    private interface IReportHost : IAutomationBuild
    {
        Target ReportHost => _ => _.Executes(() => Trace.Record($"component: github {Host is GitHubActions}, terminal {Host is Terminal}"));
    }

    private sealed class ComponentHostProbe : AutomationBuild, IReportHost;

    [DisableDefaultOutput(DefaultOutput.TargetHeader, DefaultOutput.TargetOutcome)]
    private sealed class Quiet : AutomationBuild
    {
        Target Compile => _ => _.Executes(() => Serilog.Log.Information("compiling"));
    }

    [DisableDefaultOutput<Terminal>(DefaultOutput.TargetHeader, DefaultOutput.TargetOutcome, DefaultOutput.BuildOutcome)]
    private sealed class QuietOnTerminal : AutomationBuild
    {
        Target Compile => _ => _.Executes(() => Serilog.Log.Information("compiling"));
    }

    [Fact]
    public void Host_is_Terminal_on_a_developer_machine()
    {
        var run = BuildHarness.Run<HostProbe>("compile");

        Assert.Equal(["terminal True, github False, through the interface terminal"], run.Trace);
    }

    [Fact]
    public void Host_is_the_CI_system_the_build_runs_on()
    {
        var run = BuildHarness.Run<HostProbe>(new BuildOptions { Variables = OnGitHubActions }, "compile");

        Assert.Equal(["terminal False, github True, through the interface github-actions"], run.Trace);
    }

    [Fact]
    public void A_component_interface_asks_Host_by_its_bare_name()
    {
        var onGitHub = BuildHarness.Run<ComponentHostProbe>(new BuildOptions { Variables = OnGitHubActions }, "report-host");
        var onTerminal = BuildHarness.Run<ComponentHostProbe>("report-host");

        Assert.Equal(["component: github True, terminal False"], onGitHub.Trace);
        Assert.Equal(["component: github False, terminal True"], onTerminal.Trace);
    }

    [Fact]
    public void Disabled_default_output_leaves_the_console_but_build_log_keeps_it()
    {
        var run = BuildHarness.Run<Quiet>("compile");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("compiling", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("── compile ─", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Duration", run.Output, StringComparison.Ordinal);
        Assert.Contains("Build succeeded in", run.Output, StringComparison.Ordinal);
        Assert.Contains("── compile ─", run.Log, StringComparison.Ordinal);
        Assert.Contains("Duration", run.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_output_disabled_for_the_terminal_stays_on_a_CI_system()
    {
        var terminal = BuildHarness.Run<QuietOnTerminal>("compile");
        var gitHub = BuildHarness.Run<QuietOnTerminal>(new BuildOptions { Variables = OnGitHubActions }, "compile");

        Assert.DoesNotContain("Build succeeded in", terminal.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Duration", terminal.Output, StringComparison.Ordinal);
        Assert.Contains("compiling", terminal.Output, StringComparison.Ordinal);
        Assert.Contains("Build succeeded in", gitHub.Output, StringComparison.Ordinal);
        Assert.Contains("Duration", gitHub.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void DisableDefaultOutput_without_arguments_disables_every_part() =>
        Assert.Equal(Enum.GetValues<DefaultOutput>(), new DisableDefaultOutputAttribute().DisabledOutputs);
}
