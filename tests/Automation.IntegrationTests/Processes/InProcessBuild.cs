namespace Automation.IntegrationTests.Processes;

/// <summary>
/// Runs a build class in this process, in the <see cref="Scenario"/>'s repository, with output captured as it streams
/// (as the unit tests' BuildHarness does), so its commands are real child processes of the test host.
/// </summary>
public static class InProcessBuild
{
    public static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(30);

    public static async Task<BuildRun> RunAsync<TBuild>(params string[] args)
        where TBuild : AutomationBuild, new()
    {
        await using var build = Start<TBuild>(args);
        return await build.FinishAsync();
    }

    public static RunningBuild Start<TBuild>(params string[] args)
        where TBuild : AutomationBuild, new()
    {
        var scenario = Scenario.Current;
        var output = new LiveWriter();
        var interrupt = new CancellationTokenSource();
        var environment = new BuildEnvironment
        {
            Arguments = args,
            Variables = new Dictionary<string, string>(),
            WorkingDirectory = scenario.Root,
            Output = output,
            Interrupt = interrupt.Token,
        };
        var exitCode = Task.Run(() => AutomationBuild.Execute<TBuild>(environment));
        return new RunningBuild(scenario, exitCode, output, interrupt);
    }
}

/// <summary>
/// An in-process build under way: its output so far, a way to interrupt it (as Ctrl+C would), and its end. Disposing
/// a build that is still running interrupts it, so a failed assertion leaves no command behind.
/// </summary>
public sealed class RunningBuild(Scenario scenario, Task<int> exitCode, LiveWriter output, CancellationTokenSource interrupt) : IAsyncDisposable
{
    public LiveWriter Output => output;

    public void Interrupt() => interrupt.Cancel();

    public async ValueTask DisposeAsync()
    {
        if (!exitCode.IsCompleted)
        {
            interrupt.Cancel();
            await Task.WhenAny(exitCode, Task.Delay(TimeSpan.FromSeconds(10)));
        }

        interrupt.Dispose();
    }

    /// <summary>Waits for the build to end; one that does not end in time is interrupted (killing its commands) and fails the test.</summary>
    public async Task<BuildRun> FinishAsync(TimeSpan? timeout = null)
    {
        var limit = timeout ?? InProcessBuild.RunTimeout;
        if (await Task.WhenAny(exitCode, Task.Delay(limit)) != exitCode)
        {
            interrupt.Cancel();
            await Task.WhenAny(exitCode, Task.Delay(TimeSpan.FromSeconds(10)));
            throw new TimeoutException($"The build did not end within {limit.TotalSeconds} s and was interrupted.{Environment.NewLine}{output.Text}");
        }

        var log = File.Exists(scenario.LogPath) ? File.ReadAllText(scenario.LogPath).Replace("\r\n", "\n", StringComparison.Ordinal) : string.Empty;
        return new BuildRun(await exitCode, output.Text, log);
    }
}

/// <summary>How an in-process build ended: exit code, console output, build.log.</summary>
public sealed record BuildRun(int ExitCode, string Output, string Log)
{
    public BuildRun AssertExitCode(int expected)
    {
        Assert.True(ExitCode == expected, $"Expected exit code {expected}, got {ExitCode}.{Environment.NewLine}{Output}");
        return this;
    }

    public void AssertStatus(string target, string status) => Sample.Summary.AssertStatus(Output, target, status);

    public void AssertOutputContains(string expected) =>
        Assert.True(Output.Contains(expected, StringComparison.Ordinal), $"The output lacks '{expected}':{Environment.NewLine}{Output}");

    public void AssertOutputLacks(string unexpected) =>
        Assert.False(Output.Contains(unexpected, StringComparison.Ordinal), $"The output has '{unexpected}':{Environment.NewLine}{Output}");
}
