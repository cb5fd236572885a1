using Automation.Tests.Support;

namespace Automation.Tests.Nuke;

/// <summary>NUKE 5's static <c>Logger</c> writes to the running target's output, as Serilog's <c>Log</c> does.</summary>
[Collection(ProcessConsoleCollection.Name)]
public sealed class NukeFiveLoggerTests
{
    private const string Canary = "canary-secret-51d0e2";

    private sealed class NukeFiveBuild : AutomationBuild
    {
        Target Compile => _ => _.Executes(ctx =>
        {
            ctx.Secret(Canary);
            Logger.Info("Packing {0} of {1}", "a.nupkg", 2);
            Logger.Normal("braces {stay} text");
            Logger.Success("Pushed " + Canary);
            Logger.Warn("Ignoring {0}", "b.nupkg");
            Logger.Log(LogLevel.Warning, "Ignored error: conflict");
            Logger.Trace("Only with --verbosity verbose");
        });

        Target Broken => _ => _.Executes(() => Logger.Error("Upload of {0} failed", "a.nupkg"));
    }

    [Fact]
    public void Info_normal_success_and_warn_reach_the_targets_output_with_secrets_masked()
    {
        var run = BuildHarness.Run<NukeFiveBuild>("compile");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Packing a.nupkg of 2", run.Output, StringComparison.Ordinal);
        Assert.Contains("braces {stay} text", run.Output, StringComparison.Ordinal);
        Assert.Contains("Pushed ***", run.Output, StringComparison.Ordinal);
        Assert.Matches("(?i)warn.*Ignoring b.nupkg", run.Output);
        Assert.Matches("(?i)warn.*Ignored error: conflict", run.Output);
        Assert.DoesNotContain(Canary, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Only with --verbosity verbose", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Trace_shows_with_verbose_output()
    {
        var run = BuildHarness.Run<NukeFiveBuild>("compile", "--verbosity", "verbose");

        Assert.Contains("Only with --verbosity verbose", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Error_is_written_as_an_error_and_does_not_fail_the_target()
    {
        var run = BuildHarness.Run<NukeFiveBuild>("broken");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches("(?i)error.*Upload of a.nupkg failed", run.Output);
    }
}
