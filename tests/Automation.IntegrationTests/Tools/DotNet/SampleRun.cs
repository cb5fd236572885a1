namespace Automation.IntegrationTests.Tools.DotNet;

/// <summary>An in-process build's exit code, output and duration.</summary>
public sealed record SampleRun(int ExitCode, string Output, TimeSpan Duration)
{
    public SampleRun AssertExitCode(int expected)
    {
        Assert.True(ExitCode == expected, $"Expected exit code {expected}, got {ExitCode} after {Duration.TotalSeconds:0.0} s:{Environment.NewLine}{Output}");
        return this;
    }
}
