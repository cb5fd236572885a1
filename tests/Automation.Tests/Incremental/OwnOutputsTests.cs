using Automation.Incremental;
using Automation.Tests.Support;

namespace Automation.Tests.Incremental;

/// <summary>
/// The two rules that keep a target from being made stale by what is not its own work: a file that a later target adds to
/// its output folder does not run it again (a recorded output that changed or is gone does), and a file that is both its
/// input and its output is recorded as the target left it. A later target that reads its outputs takes those it left.
/// </summary>
public sealed class OwnOutputsTests : IDisposable
{
    private readonly TestRepository _repository = new();

    private sealed class LayeredBuild : AutomationBuild
    {
        // compile writes bin/app.dll; test, later, drops a file of its own into the same folder.
        Target Compile => _ => _
            .Inputs("src/*.txt")
            .Outputs("bin/**")
            .Executes(() =>
            {
                Trace.Record("compile");
                Directory.CreateDirectory(RootDirectory / "bin");
                File.WriteAllText(RootDirectory / "bin" / "app.dll", File.ReadAllText(RootDirectory / "src" / "a.txt"));
            });

        Target Test => _ => _
            .DependsOn(Compile)
            .Executes(() =>
            {
                Trace.Record("test");
                File.WriteAllText(RootDirectory / "bin" / "coverage-mapping.txt", Guid.NewGuid().ToString());
            });

        // pack reads what compile left in bin/, not what test added beside it.
        Target Pack => _ => _
            .DependsOn(Test)
            .InputFiles(() => RecordedOutputs.Among(RootDirectory, "compile", Directory.GetFiles(RootDirectory / "bin").Select(AbsolutePath.Create)))
            .Outputs("pkg/**")
            .Executes(() =>
            {
                Trace.Record("pack");
                Directory.CreateDirectory(RootDirectory / "pkg");
                File.Copy(RootDirectory / "bin" / "app.dll", RootDirectory / "pkg" / "app.nupkg", overwrite: true);
            });

        // restore reads the lock file and rewrites it (here: normalized to upper case), creating it when missing.
        Target Restore => _ => _
            .InputFiles(() => [RootDirectory / "app.proj", RootDirectory / "packages.lock.json"])
            .OutputFiles(() => [RootDirectory / "packages.lock.json", RootDirectory / "assets.json"])
            .Executes(() =>
            {
                Trace.Record("restore");
                var project = File.ReadAllText(RootDirectory / "app.proj");
                File.WriteAllText(RootDirectory / "packages.lock.json", project.ToUpperInvariant());
                File.WriteAllText(RootDirectory / "assets.json", project);
            });
    }

    public OwnOutputsTests()
    {
        _repository.WriteFile("src/a.txt", "alpha");
        _repository.WriteFile("app.proj", "package a");
    }

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void A_file_a_later_target_adds_to_the_output_folder_leaves_the_target_up_to_date()
    {
        Run("test");

        var second = Run("test", "--verbosity", "verbose");

        Assert.Equal(["test"], second.Trace);
        Assert.Equal("UpToDate", second.Status("compile"));
    }

    [Fact]
    public void A_recorded_output_that_changed_runs_the_target_again()
    {
        Run("test");
        _repository.WriteFile("bin/app.dll", "tampered");

        var run = Run("compile", "--verbosity", "verbose");

        Assert.Equal(["compile"], run.Trace);
        Assert.Contains("output bin/app.dll changed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_target_that_reads_the_outputs_takes_only_those_the_target_left()
    {
        Run("pack");
        Assert.Equal(["test"], Run("test").Trace);

        var run = Run("pack");

        Assert.Equal(["test"], run.Trace);
        Assert.Equal("UpToDate", run.Status("pack"));
    }

    [Fact]
    public void A_later_target_that_reads_the_outputs_still_sees_them_change()
    {
        Run("pack");
        _repository.WriteFile("src/a.txt", "beta");

        Assert.Equal(["compile", "test", "pack"], Run("pack").Trace);
    }

    [Fact]
    public void An_input_the_target_rewrites_is_recorded_as_the_target_left_it()
    {
        _repository.WriteFile("packages.lock.json", "package a");
        Run("restore");

        Assert.Equal("PACKAGE A", File.ReadAllText(Path.Combine(_repository.Root, "packages.lock.json")));
        Assert.Empty(Run("restore").Trace);
    }

    [Fact]
    public void An_input_the_target_creates_is_recorded_too()
    {
        Run("restore");

        Assert.Empty(Run("restore").Trace);
    }

    [Fact]
    public void An_input_that_is_also_an_output_still_runs_the_target_when_someone_else_changes_it()
    {
        Run("restore");
        _repository.WriteFile("packages.lock.json", "edited by hand");

        var run = Run("restore", "--verbosity", "verbose");

        Assert.Equal(["restore"], run.Trace);
        Assert.Contains("input packages.lock.json changed", run.Output, StringComparison.Ordinal);
    }

    private BuildRun Run(params string[] args) => BuildHarness.Run<LayeredBuild>(new BuildOptions { Repository = _repository }, args);
}
