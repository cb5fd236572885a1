using Automation.IntegrationTests.Support;
using static Automation.GitTasks;
using static Automation.ProcessTasks;

namespace Automation.IntegrationTests.Nuke;

/// <summary>NUKE's ProcessTasks, static Git and [ShutdownDotNetAfterServerBuild] with real processes, in builds run in this process.</summary>
public sealed class NukeProcessTasksTests : IDisposable
{
    private readonly TempDirectory _directory = new("nuke-process");

    public void Dispose() => _directory.Dispose();

    private sealed class Processes : AutomationBuild
    {
        public static readonly List<string> Seen = [];

        Target Streams => _ => _.Executes(() =>
        {
            var process = StartProcess("/bin/sh", "-c \"echo out; echo err >&2; exit 3\"");
            Record($"exit {process.ExitCode}; {string.Join(" | ", process.Output.Select(o => $"{o.Type}:{o.Text}"))}");
            process.AssertZeroExitCode();
        });

        Target Quoted => _ => _.Executes(() =>
        {
            var folder = "a folder";
            var lines = StartProcess("/bin/sh", $"-c {"printf '%s|' \"$0\" \"$1\""} {folder} second").AssertZeroExitCode().Output;
            Record(lines.StdToText());
        });

        Target Slow => _ => _.Executes(() =>
        {
            var process = StartProcess("/bin/sh", "-c \"sleep 60\"", timeout: 200);
            Record($"exited in time: {process.WaitForExit()}");
            process.AssertWaitForExit();
        });

        Target Repository => _ => _.Executes(() =>
        {
            // The build's own state folder is ignored, as in a real repository.
            File.WriteAllText(Path.Combine(RootDirectory, ".gitignore"), ".nuke/\n");
            Git("init --quiet --initial-branch=trunk");
            Git("add .gitignore");
            Git("-c user.name=t -c user.email=t@example.com commit --quiet -m first");
            Record($"clean {GitHasCleanWorkingCopy()}, branch {GitCurrentBranch()}");
            File.WriteAllText(Path.Combine(RootDirectory, "new.txt"), "x");
            Record($"clean {GitHasCleanWorkingCopy()}, status {Git("status --porcelain", logOutput: false).StdToText()}");
        });

        Target Nothing => _ => _.Executes(() => Record("ran"));

        private static void Record(string entry)
        {
            lock (Seen)
            {
                Seen.Add(entry);
            }
        }
    }

    [ShutdownDotNetAfterServerBuild]
    private sealed class ShutsDown : AutomationBuild
    {
        Target Compile => _ => _.Executes(() => { });
    }

    [LinuxFact]
    public void StartProcess_returns_both_streams_and_AssertZeroExitCode_fails_the_target()
    {
        var (exitCode, output) = Run<Processes>("streams");

        Assert.Equal(1, exitCode);
        Assert.Contains("exit 3; Std:out | Err:err", Processes.Seen);
        Assert.Contains("exit code 3", output, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void Interpolated_arguments_keep_a_value_with_a_space_as_one_argument()
    {
        var (exitCode, output) = Run<Processes>("quoted");

        Assert.Equal(0, exitCode);
        Assert.Contains("a folder|second|", Processes.Seen);
        Assert.Contains("\"a folder\"", output, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void A_timeout_kills_the_process_and_AssertWaitForExit_fails()
    {
        var (exitCode, output) = Run<Processes>("slow");

        Assert.Equal(1, exitCode);
        Assert.Contains("exited in time: False", Processes.Seen);
        Assert.Contains("timed out", output, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void Static_Git_runs_in_the_current_target_and_reports_the_working_copy()
    {
        var (exitCode, output) = Run<Processes>("repository");

        Assert.Equal(0, exitCode);
        Assert.Contains("clean True, branch trunk", Processes.Seen);
        Assert.Contains("clean False, status ?? new.txt", Processes.Seen);
        Assert.Contains("> git init --quiet --initial-branch=trunk", output, StringComparison.Ordinal);
    }

    [LinuxFact]
    public void ShutdownDotNetAfterServerBuild_runs_dotnet_build_server_shutdown_on_a_server_only()
    {
        var record = _directory.PathOf("calls.txt");
        var fakeDotNet = _directory.Write("fake-dotnet.sh", $"#!/bin/sh\necho \"$@\" >> '{record}'\n");
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        File.SetUnixFileMode(fakeDotNet, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        Run<ShutsDown>(new Dictionary<string, string> { ["DOTNET_HOST_PATH"] = fakeDotNet }, "compile");
        Assert.False(File.Exists(record), "Locally the build servers are left running.");

        Run<ShutsDown>(new Dictionary<string, string> { ["DOTNET_HOST_PATH"] = fakeDotNet, ["CI"] = "true" }, "compile");
        Assert.Equal(["build-server shutdown"], File.ReadAllLines(record));
    }

    private (int ExitCode, string Output) Run<TBuild>(params string[] args)
        where TBuild : AutomationBuild, new() => Run<TBuild>(new Dictionary<string, string>(), args);

    private (int ExitCode, string Output) Run<TBuild>(Dictionary<string, string> variables, params string[] args)
        where TBuild : AutomationBuild, new()
    {
        lock (Processes.Seen)
        {
            Processes.Seen.Clear();
        }

        Directory.CreateDirectory(_directory.PathOf(".nuke"));
        variables["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        variables["HOME"] = _directory.Root;
        using var output = new StringWriter();
        var exitCode = AutomationBuild.Execute<TBuild>(new BuildEnvironment
        {
            Arguments = args,
            Variables = variables,
            WorkingDirectory = _directory.Root,
            Output = output,
        });
        return (exitCode, output.ToString());
    }
}
