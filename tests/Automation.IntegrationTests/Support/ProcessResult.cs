namespace Automation.IntegrationTests.Support;

/// <summary>How a child process ended and what it wrote.</summary>
public sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan Duration)
{
    public string AllOutput => StandardOutput + StandardError;

    /// <summary>Fails with the whole output in the message unless the exit code is <paramref name="expected"/>.</summary>
    public ProcessResult AssertExitCode(int expected)
    {
        Assert.True(ExitCode == expected, $"Expected exit code {expected}.{Environment.NewLine}{this}");
        return this;
    }

    public override string ToString() =>
        $"exit code {ExitCode} after {Duration.TotalSeconds:0.0} s{Environment.NewLine}--- stdout ---{Environment.NewLine}{StandardOutput}--- stderr ---{Environment.NewLine}{StandardError}";
}
