using Automation.Tests.Support;

namespace Automation.Tests.Output;

/// <summary>A console that cannot be written (closed, full) never stops the build: it runs on, logs everything to
/// build.log, and exits with its own result. Real processes with a closed and a full stdout are in the integration tests.</summary>
public sealed class ConsoleFailureTests
{
    private sealed class Build : AutomationBuild
    {
        Target Compile => _ => _.Executes(ctx =>
        {
            Trace.Record("compile");
            ctx.Info("compiled");
        });

        Target Fail => _ => _.DependsOn(Compile).Executes(() => throw new InvalidOperationException("failed on purpose"));
    }

    [Theory]
    [InlineData("compile", 0, "Build succeeded")]
    [InlineData("fail", 1, "Build failed")]
    public void Closed_output_and_error_leave_the_build_running_with_its_own_exit_code(string target, int exitCode, string closing)
    {
        using var repo = new TestRepository();
        var closed = ClosedWriter(repo);
        var trace = Trace.Start();

        var result = AutomationBuild.Execute<Build>(new BuildEnvironment
        {
            Arguments = [target],
            WorkingDirectory = repo.Root,
            Output = closed,
            ErrorOutput = closed,
            Time = new FixedTimeProvider(),
        });

        Assert.Equal(exitCode, result);
        Assert.Equal(["compile"], trace);
        var log = File.ReadAllText(repo.LogPath);
        Assert.Contains("warning: standard output could not be written (", log, StringComparison.Ordinal);
        Assert.Contains("compiled", log, StringComparison.Ordinal);
        Assert.Contains(closing, log, StringComparison.Ordinal);
    }

    [Fact]
    public void Closed_error_stream_still_ends_a_usage_error_with_exit_code_2()
    {
        using var repo = new TestRepository();
        var closed = ClosedWriter(repo);

        var run = BuildHarness.Run<Build>(new BuildOptions { Repository = repo, ErrorOutput = closed }, "compiel");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unknown target 'compiel'", run.Log, StringComparison.Ordinal);
    }

    // A writer whose file is closed under it: every write fails, as on a closed descriptor. Never disposed: disposing
    // would flush into the closed file and throw.
    private static StreamWriter ClosedWriter(TestRepository repo)
    {
        var stream = File.Create(Path.Combine(repo.Root, "closed.txt"));
        var writer = new StreamWriter(stream) { AutoFlush = true };
        stream.Dispose();
        return writer;
    }
}
