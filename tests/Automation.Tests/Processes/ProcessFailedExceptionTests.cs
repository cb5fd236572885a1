namespace Automation.Tests.Processes;

/// <summary>The failure message names the command, why it failed and where it ran, and ends with the hidden output's tail.</summary>
public sealed class ProcessFailedExceptionTests
{
    private static readonly CommandResult Result = new("dotnet test --filter \"A B\"", 3, "out\n", "err\n", TimeSpan.FromSeconds(1));

    [Fact]
    public void Message_has_reason_command_and_directory()
    {
        var exception = new ProcessFailedException(Result, "/repo/src", "exit code 3", []);

        Assert.Equal("Command failed (exit code 3): dotnet test --filter \"A B\" (in /repo/src)", exception.Message);
        Assert.Equal(3, exception.ExitCode);
        Assert.Equal("/repo/src", exception.WorkingDirectory);
        Assert.Same(Result, exception.Result);
    }

    [Fact]
    public void Message_ends_with_the_tail_of_hidden_output()
    {
        var exception = new ProcessFailedException(Result, "/repo", "exit code 3", ["first", "second"]);

        Assert.Equal(
            string.Join(Environment.NewLine, "Command failed (exit code 3): dotnet test --filter \"A B\" (in /repo)", "Last 2 lines of its output:", "first", "second"),
            exception.Message);
    }
}
