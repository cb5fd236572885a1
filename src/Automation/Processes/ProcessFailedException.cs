namespace Automation;

/// <summary>A command exited with a non-zero code. The message names the command (secrets masked), the exit code and the directory.</summary>
public sealed class ProcessFailedException : Exception
{
    /// <summary>Creates the exception for a failed command.</summary>
    public ProcessFailedException(string commandLine, int exitCode, string workingDirectory)
        : base($"Command failed with exit code {exitCode}: {commandLine} (in {workingDirectory})")
    {
        CommandLine = commandLine;
        ExitCode = exitCode;
        WorkingDirectory = workingDirectory;
    }

    /// <summary>The echoed command line, secrets masked.</summary>
    public string CommandLine { get; }

    /// <summary>The exit code.</summary>
    public int ExitCode { get; }

    /// <summary>Where it ran.</summary>
    public string WorkingDirectory { get; }
}
