namespace Automation.Cli.Setup;

/// <summary>Setup cannot go on (not a git repository, no solution, a failed step): exit code 2 with <see cref="Exception.Message"/>.</summary>
internal sealed class SetupException : Exception
{
    public SetupException()
    {
    }

    public SetupException(string message)
        : base(message)
    {
    }

    public SetupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
