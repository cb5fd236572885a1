using Automation.Tests.Support;

namespace Automation.Tests.Ci;

public sealed class CiCommandTests
{
    private const string Workflow = ".github/workflows/matrix.yml";

    private static string Read(TestRepository repository, string path) => File.ReadAllText(Path.Combine(repository.Root, path));

    [Fact]
    public void Generate_ci_writes_every_file_and_runs_no_target()
    {
        using var repository = new TestRepository();

        var run = BuildHarness.Run<CiSampleBuilds.Matrix>(new BuildOptions { Repository = repository }, "--generate-ci");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Empty(run.Trace);
        Assert.Contains($"Wrote {Workflow} (from [GitHubActions(\"matrix\")])", run.Output, StringComparison.Ordinal);
        Assert.Contains("Wrote .azure-pipelines/matrix.yml", run.Output, StringComparison.Ordinal);
        Assert.Contains("Wrote .gitlab-ci.yml", run.Output, StringComparison.Ordinal);
        Assert.StartsWith("# ------", Read(repository, Workflow), StringComparison.Ordinal);
    }

    [Fact]
    public void Generating_again_leaves_unchanged_files_alone()
    {
        using var repository = new TestRepository();
        BuildHarness.Run<CiSampleBuilds.Matrix>(new BuildOptions { Repository = repository }, "--generate-ci");

        var run = BuildHarness.Run<CiSampleBuilds.Matrix>(new BuildOptions { Repository = repository }, "--generate-ci");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Up to date: {Workflow}", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ci_passes_right_after_generation()
    {
        using var repository = new TestRepository();
        BuildHarness.Run<CiSampleBuilds.Matrix>(new BuildOptions { Repository = repository }, "--generate-ci");

        var run = BuildHarness.Run<CiSampleBuilds.Matrix>(new BuildOptions { Repository = repository }, "--verify-ci");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("CI configuration is up to date", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ci_fails_on_a_hand_edited_file_naming_it_and_the_command_and_passes_after_regeneration()
    {
        using var repository = new TestRepository();
        BuildHarness.Run<CiSampleBuilds.Matrix>(new BuildOptions { Repository = repository }, "--generate-ci");
        repository.WriteFile(Workflow, Read(repository, Workflow).Replace("timeout-minutes: 45", "timeout-minutes: 90", StringComparison.Ordinal));

        var failed = BuildHarness.Run<CiSampleBuilds.Matrix>(new BuildOptions { Repository = repository }, "--verify-ci");
        BuildHarness.Run<CiSampleBuilds.Matrix>(new BuildOptions { Repository = repository }, "--generate-ci");
        var passed = BuildHarness.Run<CiSampleBuilds.Matrix>(new BuildOptions { Repository = repository }, "--verify-ci");

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains($"{Workflow} (differs)", failed.Output, StringComparison.Ordinal);
        Assert.Contains("Run './build.sh --generate-ci' to regenerate", failed.Output, StringComparison.Ordinal);
        Assert.Equal(0, passed.ExitCode);
    }

    [Fact]
    public void Verify_ci_fails_on_a_missing_file()
    {
        using var repository = new TestRepository();

        var run = BuildHarness.Run<CiSampleBuilds.SingleJob>(new BuildOptions { Repository = repository }, "--verify-ci");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(".gitlab-ci.yml (missing)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_ignores_crlf_line_ends_from_a_windows_checkout()
    {
        using var repository = new TestRepository();
        BuildHarness.Run<CiSampleBuilds.SingleJob>(new BuildOptions { Repository = repository }, "--generate-ci");
        repository.WriteFile(".gitlab-ci.yml", Read(repository, ".gitlab-ci.yml").Replace("\n", "\r\n", StringComparison.Ordinal));

        var run = BuildHarness.Run<CiSampleBuilds.SingleJob>(new BuildOptions { Repository = repository }, "--verify-ci");

        Assert.True(run.ExitCode == 0, run.Output);
    }

    [Fact]
    public void An_unknown_target_is_a_usage_error_with_a_suggestion()
    {
        var run = BuildHarness.Run<CiSampleBuilds.UnknownTarget>("--generate-ci");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unknown target 'tset'", run.Output, StringComparison.Ordinal);
        Assert.Contains("test", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Importing_a_parameter_that_is_not_secret_is_a_usage_error()
    {
        var run = BuildHarness.Run<CiSampleBuilds.NotASecret>("--generate-ci");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("[GitHubActions(\"bad\")] imports 'configuration' as a secret, but parameter --configuration is not marked [Secret]", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_workflow_without_trigger_is_a_usage_error()
    {
        var run = BuildHarness.Run<CiSampleBuilds.NoTrigger>("--generate-ci");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("has no trigger", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_without_ci_attributes_says_so()
    {
        var run = BuildHarness.Run<CiSampleBuilds.Plain>("--generate-ci");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("nothing to generate", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_verify_api_throws_naming_the_command()
    {
        using var repository = new TestRepository();
        var run = BuildHarness.Run<VerifyingBuild>(new BuildOptions { Repository = repository }, "check");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(".github/workflows/verified.yml (missing)", run.Output, StringComparison.Ordinal);
        Assert.Contains("./build.sh --generate-ci", run.Output, StringComparison.Ordinal);
    }

    [GitHubActions("verified", On = [GitHubActionsTrigger.Push], InvokedTargets = ["check"])]
    private sealed class VerifyingBuild : AutomationBuild
    {
        Target Check => _ => _.Executes(() => CiFiles.Verify(this));
    }
}
