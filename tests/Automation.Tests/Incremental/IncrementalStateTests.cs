using Automation.Tests.Support;

namespace Automation.Tests.Incremental;

/// <summary>Up-to-date state is a cache that can never cause a wrong skip: doubtful state means the target runs,
/// and state is written only after a success.</summary>
public sealed class IncrementalStateTests : IDisposable
{
    private readonly TestRepository _repository = new();

    public IncrementalStateTests()
    {
        _repository.WriteFile("src/a.txt", "alpha");
        _repository.WriteFile("src/b.txt", "beta");
    }

    public void Dispose() => _repository.Dispose();

    [Theory]
    [InlineData("{ not json")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{\"format\":1,\"target\":\"generate\"}")]
    [InlineData("{\"format\":\"one\"}")]
    public void A_corrupted_state_file_runs_the_target(string content)
    {
        Run("generate");
        _repository.WriteFile(".nuke/temp/targets/generate.json", content);

        var run = Run("generate", "--verbosity", "verbose");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["generate"], run.Trace);
        Assert.Empty(Run("generate").Trace);
    }

    [Fact]
    public void A_state_file_of_another_format_version_runs_the_target()
    {
        Run("generate");
        var path = PathOf(".nuke/temp/targets/generate.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"format\": 2", "\"format\": 3", StringComparison.Ordinal));

        var run = Run("generate", "--verbosity", "verbose");

        Assert.Equal(["generate"], run.Trace);
        Assert.Contains("another format", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_state_file_of_another_target_is_not_taken_for_this_one()
    {
        Run("package");
        File.Copy(PathOf(".nuke/temp/targets/package.json"), PathOf(".nuke/temp/targets/generate.json"), overwrite: true);

        Assert.Equal(["generate"], Run("generate").Trace);
    }

    [Fact]
    public void A_failed_run_writes_no_state_and_forgets_the_last_success()
    {
        Run("generate");
        _repository.WriteFile("src/a.txt", "changed");
        _repository.WriteFile("fail-generate", string.Empty);
        Assert.Equal(1, Run("generate").ExitCode);
        Assert.False(File.Exists(PathOf(".nuke/temp/targets/generate.json")));

        // Back to the inputs of the earlier success: the failed run may have changed the outputs, so it runs.
        _repository.WriteFile("src/a.txt", "alpha");
        File.Delete(PathOf("fail-generate"));
        Assert.Equal(["generate"], Run("generate").Trace);
    }

    [Fact]
    public void A_dry_run_records_nothing()
    {
        var run = Run("generate", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(PathOf(".nuke/temp/targets/generate.json")));
        Assert.False(File.Exists(PathOf(".nuke/temp/last-run.json")));
    }

    [Fact]
    public void State_lives_in_the_temp_folder_and_holds_no_parameter_values()
    {
        Run("generate", "--flavor", "very-secret-flavor");

        var state = File.ReadAllText(PathOf(".nuke/temp/targets/generate.json"));

        Assert.Contains("src/a.txt", state, StringComparison.Ordinal);
        Assert.Contains("out/generated.txt", state, StringComparison.Ordinal);
        Assert.DoesNotContain("very-secret-flavor", state, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(PathOf(".nuke/temp/targets"), "*.tmp"));
    }

    private BuildRun Run(params string[] args) => BuildHarness.Run<IncrementalBuild>(new BuildOptions { Repository = _repository }, args);

    private string PathOf(string relative) => Path.Combine(_repository.Root, relative);
}
