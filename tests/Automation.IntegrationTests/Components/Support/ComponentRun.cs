namespace Automation.IntegrationTests.Components.Support;

/// <summary>The outcome of one in-process build of the sample.</summary>
public sealed record ComponentRun(int ExitCode, string Output, TimeSpan Duration)
{
    /// <summary>Fails the test, showing the whole output, unless the build exited with <paramref name="expected"/>.</summary>
    public ComponentRun AssertExitCode(int expected)
    {
        Assert.True(ExitCode == expected, $"Expected exit code {expected}, got {ExitCode} after {Duration.TotalSeconds:0.0} s. Output:{Environment.NewLine}{Output}");
        return this;
    }
}
