using Automation.Tests.Support;

namespace Automation.Tests.CommandLine;

/// <summary>Every command form that accepts target names checks them: a typo is a usage error, never ignored.</summary>
public sealed class TargetNameCheckTests
{
    private sealed class Build : AutomationBuild
    {
        Target Pack => _ => _.Executes(() => Trace.Record("pack"));
    }

    [Theory]
    [InlineData("--list")]
    [InlineData("--help")]
    [InlineData("--plan")]
    [InlineData("--generate-ci")]
    [InlineData("--verify-ci")]
    [InlineData("--dry-run")]
    public void Unknown_target_is_a_usage_error_with_a_suggestion(string option)
    {
        using var repo = new TestRepository();

        var run = BuildHarness.Run<Build>(new BuildOptions { Repository = repo }, "pakc", option);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.StartsWith("error: Unknown target 'pakc'. Did you mean 'pack'?", Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--list")]
    [InlineData("--generate-ci")]
    public void Unknown_skipped_target_is_a_usage_error(string option)
    {
        var run = BuildHarness.Run<Build>(option, "--skip", "pakc");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: Unknown target 'pakc'. Did you mean 'pack'?", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Known_target_with_list_still_lists() => Assert.Equal(0, BuildHarness.Run<Build>("pack", "--list").ExitCode);
}
