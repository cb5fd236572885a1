namespace Automation.IntegrationTests.Processes;

/// <summary>A program that cannot be started is a clear error naming it and what was searched; relative paths and PATH follow the command's directory and environment.</summary>
public sealed class ProgramNotFoundTests
{
    private sealed class Programs : AutomationBuild
    {
        Target Missing => _ => _.Executes(ctx => ctx.Run("no-such-program-7f3e --version"));

        Target MissingOnScopePath => _ => _.Executes(ctx =>
        {
            using (ctx.WithEnvironment(new Dictionary<string, string?> { ["PATH"] = "/nonexistent-a:/nonexistent-b" }))
            {
                ctx.Run("no-such-program-7f3e");
            }
        });

        Target MissingScript => _ => _.Executes(ctx => ctx.Run("./scripts/missing.sh"));

        Target NotExecutable => _ => _.Executes(ctx => ctx.Run("./plain.txt"));

        Target Relative => _ => _.Executes(ctx =>
        {
            using (ctx.Cd("sub"))
            {
                Scenario.Current.Record(ctx.Run("./tool.sh", ["arg"]));
            }
        });

        Target OnScopePath => _ => _.Executes(ctx =>
        {
            var path = $"{RootDirectory / "bin"}{Path.PathSeparator}{Environment.GetEnvironmentVariable("PATH")}";
            using (ctx.WithEnvironment(new Dictionary<string, string?> { ["PATH"] = path }))
            {
                Scenario.Current.Record(ctx.Run("my-tool-7f3e"));
            }
        });
    }

    [PosixFact]
    public async Task Missing_program_fails_the_target_naming_it_and_the_PATH_directories()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Programs>("missing")).AssertExitCode(1);

        run.AssertStatus("missing", "Failed");
        var directories = Environment.GetEnvironmentVariable("PATH")!.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        run.AssertOutputContains($"Could not start 'no-such-program-7f3e': it was not found (searched PATH: {string.Join(", ", directories)}).");
        run.AssertOutputContains("Install it, add its folder to PATH, or give its full path.");
        Assert.Matches(@"(?m)^missing\s+Failed\s.*Could not start 'no-such-program-7f3e'", run.Output);
    }

    [PosixFact]
    public async Task Searched_PATH_is_the_one_the_command_would_get()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Programs>("missing-on-scope-path")).AssertExitCode(1);

        run.AssertOutputContains("Could not start 'no-such-program-7f3e': it was not found (searched PATH: /nonexistent-a, /nonexistent-b).");
    }

    [PosixFact]
    public async Task Missing_program_given_by_path_names_the_file_looked_for()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Programs>("missing-script")).AssertExitCode(1);

        run.AssertOutputContains($"Could not start './scripts/missing.sh': there is no file at {scenario.PathOf("scripts/missing.sh")}.");
    }

    [PosixFact]
    public async Task File_that_is_not_executable_says_so()
    {
        using var scenario = new Scenario();
        scenario.Write("plain.txt", "not a program");

        var run = (await InProcessBuild.RunAsync<Programs>("not-executable")).AssertExitCode(1);

        run.AssertOutputContains("Could not start './plain.txt': ");
        run.AssertOutputContains("Check that it is executable.");
    }

    [PosixFact]
    public async Task Relative_program_path_is_found_from_the_commands_directory()
    {
        using var scenario = new Scenario();
        Executable(scenario, "sub/tool.sh", "#!/bin/sh\necho \"tool.sh in $(pwd) with $1\"\n");

        (await InProcessBuild.RunAsync<Programs>("relative")).AssertExitCode(0);

        Assert.Equal($"tool.sh in {scenario.PathOf("sub")} with arg\n", scenario.SingleResult().StandardOutput);
    }

    [PosixFact]
    public async Task Program_is_found_on_the_PATH_the_command_gets()
    {
        using var scenario = new Scenario();
        Executable(scenario, "bin/my-tool-7f3e", "#!/bin/sh\necho my-tool ran\n");

        (await InProcessBuild.RunAsync<Programs>("on-scope-path")).AssertExitCode(0);

        Assert.Equal("my-tool ran\n", scenario.SingleResult().StandardOutput);
    }

    private static void Executable(Scenario scenario, string relativePath, string content)
    {
        var path = scenario.Write(relativePath, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
