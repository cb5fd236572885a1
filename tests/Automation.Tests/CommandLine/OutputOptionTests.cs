using Automation.Tests.Support;

namespace Automation.Tests.CommandLine;

/// <summary><c>--verbosity</c>, <c>--no-color</c> / <c>NO_COLOR</c>, and <c>-n|--dry-run</c>.</summary>
public sealed class OutputOptionTests
{
    private sealed class Build : AutomationBuild
    {
        [Parameter] readonly bool Fail = false;

        Target Compile => _ => _.Executes(ctx =>
        {
            Trace.Record("compile");
            ctx.Info("info line");
            ctx.Debug("debug line");
            ctx.Warn("warning line");
            if (Fail)
            {
                throw new InvalidOperationException("boom");
            }
        });

        Target Publish => _ => _.Executes(ctx =>
        {
            ctx.Run("tool push --source feed");
            Trace.Record($"published, dry run: {ctx.IsDryRun}");
        });
    }

    private static BuildRun Run(params string[] args) => BuildHarness.Run<Build>(args);

    [Fact]
    public void Normal_shows_headings_output_and_warnings_but_not_debug_lines()
    {
        var run = Run("compile");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("── compile ", run.Output, StringComparison.Ordinal);
        Assert.Contains("info line", run.Output, StringComparison.Ordinal);
        Assert.Contains("warning: warning line", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("debug line", run.Output, StringComparison.Ordinal);
        Assert.Contains("debug line", run.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_shows_debug_lines()
    {
        var run = Run("compile", "--verbosity", "verbose");

        Assert.Contains("debug line", run.Output, StringComparison.Ordinal);
        Assert.Contains("info line", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_prints_only_the_closing_line_on_success()
    {
        var run = Run("compile", "--verbosity", "quiet");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["compile"], run.Trace);
        Assert.Equal("Build succeeded in 0.0 s\n", run.Output);
        Assert.Contains("info line", run.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_prints_errors_and_the_closing_line_on_failure()
    {
        var run = Run("compile", "--fail", "--verbosity", "quiet");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: Target 'compile' failed: boom\nBuild failed in 0.0 s\n", run.Output);
    }

    [Fact]
    public void Quiet_still_prints_usage_errors()
    {
        var run = Run("compile", "--verbosity", "quiet", "--fail", "maybe");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: Unknown target 'maybe'", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_verbosity_is_a_usage_error()
    {
        var run = Run("compile", "--verbosity", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.Contains("Invalid value 'x' for --verbosity: expected one of quiet, minimal, normal, verbose.", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Color_output_has_ansi_escapes()
    {
        var run = BuildHarness.Run<Build>(new BuildOptions { Color = true }, "compile");

        Assert.Contains("\u001b[", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", run.Log, StringComparison.Ordinal);
    }

    [Fact]
    public void No_color_option_removes_ansi_escapes()
    {
        var run = BuildHarness.Run<Build>(new BuildOptions { Color = true }, "compile", "--no-color");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("\u001b", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", false)]
    [InlineData("true", false)]
    [InlineData("", true)]
    public void No_color_variable_removes_ansi_escapes_unless_empty(string value, bool colored)
    {
        var run = BuildHarness.Run<Build>(new BuildOptions { Color = true, Variables = new Dictionary<string, string> { ["NO_COLOR"] = value } }, "compile");

        Assert.Equal(colored, run.Output.Contains('\u001b', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("-n")]
    [InlineData("--dry-run")]
    public void Dry_run_echoes_commands_instead_of_starting_them(string option)
    {
        var run = Run("publish", option);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[dry-run] > tool push --source feed", run.Output, StringComparison.Ordinal);
        Assert.Equal(["published, dry run: True"], run.Trace);
    }
}
