using Automation.IntegrationTests.Processes;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Sample;

/// <summary>A compiled build whose standard output is closed (<c>&gt;&amp;-</c>) or full (<c>&gt;/dev/full</c>) runs
/// on, exits with its own result, and build.log tells the whole story.</summary>
[Collection(SampleCollection.Name)]
public sealed class OutputFailureTests(SampleRepository sample)
{
    [LinuxTheory]
    [InlineData(">&-", "version", 0, "Build succeeded", "Bad file descriptor")]
    [InlineData(">&-", "fail", 1, "Build failed", "Bad file descriptor")]
    [InlineData(">/dev/full", "version", 0, "Build succeeded", "No space left on device")]
    [InlineData(">/dev/full", "fail", 1, "Build failed", "No space left on device")]
    public async Task Closed_or_full_stdout_never_crashes_the_build(string redirection, string target, int exitCode, string closing, string reason)
    {
        var result = await ChildProcess.RunAsync("sh", ["-c", $"exec dotnet \"$0\" \"$@\" {redirection}", sample.BuildDll, target], sample.Root, SampleRepository.RunTimeout);

        result.AssertExitCode(exitCode);
        var log = sample.ReadLog();
        Assert.Contains($"warning: standard output could not be written ({reason}); the rest of this run's output is only in build.log.", log, StringComparison.Ordinal);
        Assert.Contains($"── {target} ─", log, StringComparison.Ordinal);
        Assert.Contains(closing, log, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.AllOutput, StringComparison.Ordinal);
    }

    [LinuxFact]
    public async Task Closed_stdout_and_stderr_still_end_a_usage_error_with_exit_code_2()
    {
        var result = await ChildProcess.RunAsync("sh", ["-c", "exec dotnet \"$0\" \"$@\" >&- 2>&-", sample.BuildDll, "versoin"], sample.Root, SampleRepository.RunTimeout);

        result.AssertExitCode(2);
        Assert.Contains("error: Unknown target 'versoin'. Did you mean 'version'?", sample.ReadLog(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_go_to_stderr_and_normal_output_to_stdout()
    {
        var failed = (await sample.RunAsync("fail")).AssertExitCode(1);
        var usage = (await sample.RunAsync("versoin")).AssertExitCode(2);

        Assert.Contains("error: Target 'fail' failed: sample failure on purpose", failed.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain("error:", failed.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("Build failed", failed.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(string.Empty, usage.StandardOutput);
        Assert.StartsWith("error: Unknown target 'versoin'", usage.StandardError, StringComparison.Ordinal);
    }
}
