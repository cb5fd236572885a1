using Automation.Tests.Incremental;
using Automation.Tests.Support;

namespace Automation.Tests.Session;

/// <summary>An unusable <c>.nuke/temp</c> (a file where the folder should be, <c>build.log</c> a folder) is one warning:
/// help, list and plan work, and targets run, without state when there is no state folder.</summary>
public sealed class StateFolderTests : IDisposable
{
    private readonly TestRepository _repo = new();

    public StateFolderTests() => _repo.WriteFile("src/a.txt", "source");

    public void Dispose() => _repo.Dispose();

    private string StateFolder => Path.Combine(_repo.Root, ".nuke", "temp");

    private BuildRun Run(params string[] args) => BuildHarness.Run<IncrementalBuild>(new BuildOptions { Repository = _repo }, args);

    private static string[] Warnings(BuildRun run) =>
        run.Output.Split('\n').Where(line => line.StartsWith("warning:", StringComparison.Ordinal)).ToArray();

    [Theory]
    [InlineData("--help")]
    [InlineData("--list")]
    [InlineData("--plan")]
    public void State_folder_that_is_a_file_does_not_stop_help_list_or_plan(string option)
    {
        File.WriteAllText(StateFolder, "not a folder");

        var run = Run("generate", option);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("generate", run.Output, StringComparison.Ordinal);
        var warning = Assert.Single(Warnings(run));
        Assert.StartsWith("warning: The state folder .nuke/temp cannot be used: ", warning, StringComparison.Ordinal);
        Assert.EndsWith("Move away what is at .nuke/temp so it can be a folder.", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void State_folder_that_is_a_file_runs_every_target_without_state_and_warns_once()
    {
        File.WriteAllText(StateFolder, "not a folder");

        var first = Run("generate");
        var second = Run("generate");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        Assert.Equal(["generate"], first.Trace);
        Assert.Equal("Succeeded", second.Status("generate"));
        Assert.Equal(["generate"], second.Trace);
        Assert.Contains("so every target runs", Assert.Single(Warnings(second)), StringComparison.Ordinal);
        Assert.Equal("not a folder", File.ReadAllText(StateFolder));
    }

    [Fact]
    public void Build_log_that_is_a_folder_is_one_warning_and_state_still_works()
    {
        Directory.CreateDirectory(Path.Combine(StateFolder, "build.log"));

        var first = Run("generate");
        var second = Run("generate");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        var warning = Assert.Single(Warnings(second));
        Assert.StartsWith("warning: No build.log for this run: ", warning, StringComparison.Ordinal);
        Assert.EndsWith("Move away what is at .nuke/temp/build.log so the log can be written.", warning, StringComparison.Ordinal);
        Assert.Equal("UpToDate", second.Status("generate"));
    }
}
