using Automation.Tests.Support;
using Serilog;

namespace Automation.Tests.Nuke;

/// <summary>Serilog's static <see cref="Log"/> writes to the running target's output while a build runs.</summary>
[Collection(ProcessConsoleCollection.Name)]
public sealed class SerilogRoutingTests
{
    private const string Canary = "canary-secret-7f3a9c";

    private sealed class Logging : AutomationBuild
    {
        Target Compile => _ => _.Executes(ctx =>
        {
            ctx.Secret(Canary);
            Log.Information("Version {Version} of {Count} packages", "1.2.3", 3);
            Log.Warning("Token {Token} looks old", Canary);
            Log.Debug("Only with --verbosity verbose");
        });

        Target Broken => _ => _.Executes(() => Log.Error(new InvalidOperationException("disk full"), "Upload of {File} failed", "a.nupkg"));
    }

    [Fact]
    public void Log_information_renders_like_Serilog_in_the_targets_group_with_secrets_masked()
    {
        var run = BuildHarness.Run<Logging>("compile");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Version 1.2.3 of 3 packages", run.Output, StringComparison.Ordinal);
        Assert.Contains("Token *** looks old", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Only with --verbosity verbose", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Log_debug_shows_with_verbose_output()
    {
        var run = BuildHarness.Run<Logging>("compile", "--verbosity", "verbose");

        Assert.Contains("Only with --verbosity verbose", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Log_error_is_an_error_with_the_exception_message()
    {
        var run = BuildHarness.Run<Logging>("broken");

        Assert.Matches("(?i)error.*Upload of a.nupkg failed \\(InvalidOperationException: disk full\\)", run.Output);
    }

    [Fact]
    public void The_logger_before_the_build_is_given_back_after_it()
    {
        var before = Log.Logger;

        BuildHarness.Run<Logging>("compile");

        Assert.Same(before, Log.Logger);
    }
}
