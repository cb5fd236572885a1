namespace Automation.IntegrationTests.Sample;

/// <summary>A [Secret] parameter's value never leaves the process unmasked.</summary>
[Collection(SampleCollection.Name)]
public sealed class SecretTests(SampleRepository sample)
{
    [Fact]
    public async Task Secret_from_the_environment_is_masked_in_stdout_stderr_and_the_log()
    {
        var canary = $"canary-{Guid.NewGuid():N}";

        var result = await sample.RunAsync(new Dictionary<string, string?> { ["API_TOKEN"] = canary }, "leak", "--verbosity", "verbose");

        result.AssertExitCode(1);
        var log = sample.ReadLog();
        Assert.DoesNotContain(canary, result.StandardOutput, StringComparison.Ordinal);
        Assert.DoesNotContain(canary, result.StandardError, StringComparison.Ordinal);
        Assert.DoesNotContain(canary, log, StringComparison.Ordinal);

        // The leak target did print it: as a message, with Console.WriteLine and Console.Error.WriteLine (both in its
        // group on stdout, and in the log), in an echoed command, from the command, in an exception.
        Assert.Contains("token=***", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("console token=***\n", result.StandardOutput.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("console error token=***\n", result.StandardOutput.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("console token=***", log, StringComparison.Ordinal);
        Assert.Contains("console error token=***", log, StringComparison.Ordinal);
        Assert.Contains("> echo token ***", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("rejected token ***", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("rejected token ***", log, StringComparison.Ordinal);
    }
}
