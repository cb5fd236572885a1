using Automation.Tests.Support;

namespace Automation.Tests.Incremental;

/// <summary><c>InputFiles</c>/<c>OutputFiles</c>: inputs and outputs listed by code are checked like globs, what an
/// up-to-date target reported last time is shown again, and outputs that match nothing never count as up to date.</summary>
public sealed class FileListTests : IDisposable
{
    private readonly TestRepository _repository = new();
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "automation-outside-" + Guid.NewGuid().ToString("N") + ".txt");

    private sealed class ListedBuild : AutomationBuild
    {
        [Parameter("A file outside the root that the bundle reads")]
        readonly string Extra = string.Empty;

        [Parameter("An API key"), Secret]
        readonly string ApiKey = string.Empty;

        Target Bundle => _ => _
            .InputFiles(() => [RootDirectory / "src" / "a.txt", RootDirectory / "src" / "later.txt"])
            .InputFiles(() => Extra.Length > 0 ? [AbsolutePath.Create(Extra)] : [])
            .OutputFiles(() => [RootDirectory / "bundle" / "out.txt"])
            .Executes(ctx =>
            {
                Trace.Record("bundle");
                Directory.CreateDirectory(RootDirectory / "bundle");
                File.WriteAllText(RootDirectory / "bundle" / "out.txt", File.ReadAllText(RootDirectory / "src" / "a.txt"));
                ctx.ReportTests(new TestCounts(2, 0, 1));
                ctx.Note("1 file");
            });

        Target Elsewhere => _ => _
            .InputFiles(() => [RootDirectory / "src" / "a.txt"])
            .OutputFiles(() => [RootDirectory / "not-written.txt"])
            .Executes(() => Trace.Record("elsewhere"));

        Target Plugins => _ => _
            .InputFiles(() => throw new FileNotFoundException("Could not load file or assembly.", "Plugins.Catalog, Version=1.0.0.0"))
            .Executes(() => Trace.Record("plugins"));

        Target Broken => _ => _
            .InputFiles(() => throw new InvalidOperationException("cannot list the projects"))
            .Executes(() => Trace.Record("broken"));
    }

    public FileListTests() => _repository.WriteFile("src/a.txt", "alpha");

    public void Dispose()
    {
        _repository.Dispose();
        File.Delete(_outside);
    }

    [Fact]
    public void Listed_files_make_a_target_up_to_date_and_its_last_report_is_shown_again()
    {
        var first = Run("bundle");
        var second = Run("bundle");

        Assert.Equal(["bundle"], first.Trace);
        Assert.Contains("Tests: 2 passed, 0 failed, 1 skipped", first.Output, StringComparison.Ordinal);
        Assert.Empty(second.Trace);
        Assert.Equal("UpToDate", second.Status("bundle"));
        Assert.Contains("2 passed, 0 failed, 1 skipped; 1 file", second.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Tests:", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_listed_input_runs_the_target_again()
    {
        Run("bundle");
        _repository.WriteFile("src/a.txt", "alphA");

        Assert.Equal(["bundle"], Run("bundle").Trace);
    }

    [Fact]
    public void A_listed_input_that_appears_later_runs_the_target_again()
    {
        Run("bundle");
        _repository.WriteFile("src/later.txt", "new");

        Assert.Equal(["bundle"], Run("bundle").Trace);
        Assert.Empty(Run("bundle").Trace);
    }

    [Fact]
    public void A_listed_file_outside_the_root_is_checked_too()
    {
        File.WriteAllText(_outside, "one");
        Run("bundle", "--extra", _outside);
        Assert.Empty(Run("bundle", "--extra", _outside).Trace);
        File.WriteAllText(_outside, "two");

        Assert.Equal(["bundle"], Run("bundle", "--extra", _outside).Trace);
    }

    [Fact]
    public void A_deleted_listed_output_runs_the_target_again()
    {
        Run("bundle");
        File.Delete(Path.Combine(_repository.Root, "bundle", "out.txt"));

        Assert.Equal(["bundle"], Run("bundle").Trace);
    }

    [Fact]
    public void Declared_outputs_that_match_no_file_never_count_as_up_to_date()
    {
        Run("elsewhere");

        var run = Run("elsewhere", "--verbosity", "verbose");

        Assert.Equal(["elsewhere"], run.Trace);
        Assert.Contains("outputs matched no file", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_secret_does_not_run_targets_again()
    {
        Run("bundle", "--api-key", "first-key");

        Assert.Empty(Run("bundle", "--api-key", "rotated-key").Trace);
    }

    [Fact]
    public void A_file_list_that_throws_fails_its_target()
    {
        var run = Run("broken");

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.Equal("Failed", run.Status("broken"));
        Assert.Contains("cannot list the projects", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_behind_the_inputs_is_named_where_the_target_says_why_it_runs()
    {
        var run = Run("plugins", "--verbosity", "verbose");

        Assert.Equal(["plugins"], run.Trace);
        Assert.Contains("Target 'plugins' runs: its inputs could not be read: Plugins.Catalog, Version=1.0.0.0 was not found", run.Output, StringComparison.Ordinal);
    }

    private BuildRun Run(params string[] args) => BuildHarness.Run<ListedBuild>(new BuildOptions { Repository = _repository }, args);
}
