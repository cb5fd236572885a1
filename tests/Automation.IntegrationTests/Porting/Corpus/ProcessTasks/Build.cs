using Nuke.Common;
using Nuke.Common.CI.GitHubActions;
using Nuke.Common.IO;
using Nuke.Common.Tooling;
using Serilog;

// Tools started by hand: ProcessTasks, tool delegates found on PATH or made by ToolResolver, and the CI host object.
class Build : NukeBuild
{
    public static int Main() => Execute<Build>(x => x.Compile);

    [PathVariable("dotnet")] readonly Tool DotNet;

    // NUKE 5's name of the same attribute.
    [PathExecutable] readonly Tool Git;

    [CI] readonly GitHubActions GitHubActions;

    AbsolutePath Solution => RootDirectory / "App.sln";

    Target Info => _ => _
        .Executes(() =>
        {
            var output = DotNet("--version");
            Log.Information("SDK {Version}", output.StdToText());
            var commit = Git("rev-parse HEAD", logOutput: false).StdToText();
            Git("rev-parse --short HEAD", logger: (_, text) => Log.Information("git logger got {Text}", text));
            Log.Information("Commit {Commit} on {Host}", commit, GitHubActions?.RunNumber.ToString() ?? "a developer's machine");
            var status = ToolResolver.GetPathTool("git")("status --porcelain", exitHandler: process => Log.Information("git status exited with {Code}", process.ExitCode));
            Log.Information("{Count} changed files", status.Count);
        });

    Target Compile => _ => _
        .DependsOn(Info)
        .Executes(() =>
        {
            var process = ProcessTasks.StartProcess(ToolPathResolver.GetPathExecutable("dotnet"), $"build {Solution}", RootDirectory);
            process.AssertZeroExitCode();
        });
}
