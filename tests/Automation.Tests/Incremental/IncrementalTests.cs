using Automation.Tests.Support;

namespace Automation.Tests.Incremental;

/// <summary>Targets with <c>Inputs</c>/<c>Outputs</c> are UpToDate when nothing they depend on changed, and run
/// again when anything did; doubtful state means they run.</summary>
public sealed class IncrementalTests : IDisposable
{
    private readonly TestRepository _repository = new();

    private sealed class BrokenInput : AutomationBuild
    {
        Target Stamp => _ => _
            .Inputs(() => ReadVersion())
            .Executes(() => Trace.Record("stamp"));

        private static string ReadVersion() => throw new InvalidOperationException("no version file");
    }

    private sealed class ValueOnly : AutomationBuild
    {
        [Parameter("The version to stamp")]
        readonly string Stamp = "1.0.0";

        Target Tag => _ => _
            .Inputs(() => Stamp)
            .Executes(() => Trace.Record("tag " + Stamp));
    }

    public IncrementalTests()
    {
        _repository.WriteFile("src/a.txt", "alpha");
        _repository.WriteFile("src/b.txt", "beta");
    }

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void A_second_run_without_changes_is_up_to_date()
    {
        var first = Run("package");
        var second = Run("package");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(["generate", "package"], first.Trace);
        Assert.Equal(0, second.ExitCode);
        Assert.Empty(second.Trace);
        Assert.Equal("UpToDate", second.Status("generate"));
        Assert.Equal("UpToDate", second.Status("package"));
        Assert.Contains("Build succeeded", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_byte_change_of_an_input_runs_the_target_again()
    {
        Run("package");
        var timestamp = File.GetLastWriteTimeUtc(PathOf("src/a.txt"));
        _repository.WriteFile("src/a.txt", "alphA");
        // Same length and same timestamp: only the content tells.
        File.SetLastWriteTimeUtc(PathOf("src/a.txt"), timestamp);

        var run = Run("package");

        Assert.Equal(["generate", "package"], run.Trace);
        Assert.Equal("Succeeded", run.Status("generate"));
        Assert.Equal("plain:alphAbeta", File.ReadAllText(PathOf("pkg/package.txt")));
    }

    [Fact]
    public void An_added_input_file_runs_the_target_again()
    {
        Run("generate");
        _repository.WriteFile("src/nested/c.txt", "gamma");

        Assert.Equal(["generate"], Run("generate").Trace);
    }

    [Fact]
    public void A_dependent_whose_inputs_came_out_the_same_stays_up_to_date()
    {
        Run("package");
        File.Delete(PathOf("out/generated.txt"));

        var run = Run("package");

        Assert.Equal(["generate"], run.Trace);
        Assert.Equal("Succeeded", run.Status("generate"));
        Assert.Equal("UpToDate", run.Status("package"));
    }

    [Fact]
    public void A_deleted_output_runs_the_target_again()
    {
        Run("package");
        File.Delete(PathOf("pkg/package.txt"));

        var run = Run("package");

        Assert.Equal(["package"], run.Trace);
        Assert.True(File.Exists(PathOf("pkg/package.txt")));
    }

    [Fact]
    public void A_changed_output_runs_the_target_again_but_a_file_someone_else_added_does_not()
    {
        Run("package");
        _repository.WriteFile("pkg/package.txt", "tampered");
        Assert.Equal(["package"], Run("package").Trace);

        _repository.WriteFile("pkg/extra.txt", "stray");
        Assert.Empty(Run("package").Trace);
    }

    [Fact]
    public void A_changed_non_file_input_runs_the_target_again()
    {
        Run("generate", "--flavor", "sweet");
        Assert.Empty(Run("generate", "--flavor", "sweet").Trace);

        var run = Run("generate", "--flavor", "sour");

        Assert.Equal(["generate"], run.Trace);
        Assert.StartsWith("sour:", File.ReadAllText(PathOf("out/generated.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_parameter_runs_a_target_that_does_not_declare_it()
    {
        Run("package");
        var run = Run("package", "--flavor", "sweet");

        Assert.Equal(["generate", "package"], run.Trace);
    }

    [Fact]
    public void A_target_without_inputs_always_runs()
    {
        Run("announce");

        var run = Run("announce");

        Assert.Equal(["announce"], run.Trace);
        Assert.Equal("Succeeded", run.Status("announce"));
        Assert.False(File.Exists(PathOf(".nuke/temp/targets/announce.json")));
    }

    [Theory]
    [InlineData("--force")]
    [InlineData("--no-cache")]
    public void Force_runs_up_to_date_targets(string option)
    {
        Run("package");

        var run = Run("package", option);

        Assert.Equal(["generate", "package"], run.Trace);
        Assert.Empty(Run("package").Trace);
    }

    [Fact]
    public void Up_to_date_checks_work_in_parallel_runs()
    {
        Run("package", "--parallel", "2");
        _repository.WriteFile("pkg/package.txt", "tampered");

        var run = Run("package", "--parallel", "2");

        Assert.Equal(["package"], run.Trace);
        Assert.Equal("UpToDate", run.Status("generate"));
        Assert.Equal("Succeeded", run.Status("package"));
        Assert.Empty(Run("package", "--parallel").Trace);
    }

    [Fact]
    public void A_target_with_only_non_file_inputs_is_up_to_date_until_one_changes()
    {
        var options = new BuildOptions { Repository = _repository };

        Assert.Equal(["tag 1.0.0"], BuildHarness.Run<ValueOnly>(options, "tag").Trace);
        Assert.Empty(BuildHarness.Run<ValueOnly>(options, "tag").Trace);
        Assert.Equal(["tag 2.0.0"], BuildHarness.Run<ValueOnly>(options, "tag", "--stamp", "2.0.0").Trace);
    }

    [Fact]
    public void A_non_file_input_that_throws_fails_its_target()
    {
        var run = BuildHarness.Run<BrokenInput>(new BuildOptions { Repository = _repository }, "stamp");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.Equal("Failed", run.Status("stamp"));
        Assert.Contains("no version file", run.Output, StringComparison.Ordinal);
    }

    private BuildRun Run(params string[] args) => BuildHarness.Run<IncrementalBuild>(new BuildOptions { Repository = _repository }, args);

    private string PathOf(string relative) => Path.Combine(_repository.Root, relative);
}
