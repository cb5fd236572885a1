using Automation.Tests.Support;

namespace Automation.Tests.Readme;

/// <summary>The example of docs/running-commands.md, dry-run here so what the page says each call echoes stays true (DocumentationCompilesTests only compiles it).</summary>
public sealed class RunningCommandsExampleTests
{
    private sealed class Build : AutomationBuild
    {
        private const string Version = "1.2.3";

        Target Docs => _ => _
            .Executes(ctx =>
            {
                ctx.Run("docfx docs/docfx.json");
                ctx.Run("git", ["tag", $"v{Version}"]);
                ctx.Shell("dotnet --list-sdks | sort -r | head -1");

                using (ctx.Cd("docs"))
                using (ctx.WithEnvironment(new Dictionary<string, string?> { ["DOCFX_SOURCE_BRANCH_NAME"] = "main" }))
                {
                    var result = ctx.Run("docfx metadata", new RunOptions
                    {
                        Timeout = TimeSpan.FromMinutes(5),
                        Hide = OutputHiding.StandardOutput,
                        Warn = true,
                        Responders = [new Responder(@"Continue\? \[y/N\]", "y")],
                    });
                    ctx.Note($"docfx exited with {result.ExitCode}");
                }

                ctx.DotNetBuild(s => s with { Project = RootDirectory / "App.sln", Configuration = "Release", NoRestore = true });
            });
    }

    [Fact]
    public void The_example_runs_in_a_dry_run_echoing_every_command()
    {
        var run = BuildHarness.Run<Build>("docs", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("[dry-run] > docfx docs/docfx.json", run.Output, StringComparison.Ordinal);
        Assert.Contains("[dry-run] > git tag v1.2.3", run.Output, StringComparison.Ordinal);
        Assert.Contains("[dry-run] > /bin/sh -c \"dotnet --list-sdks | sort -r | head -1\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("[dry-run] > docfx metadata", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"\[dry-run\] > \S*dotnet build \S*App\.sln --configuration Release --no-restore", run.Output);
        Assert.Contains("docfx exited with 0", run.Output, StringComparison.Ordinal);
    }
}
