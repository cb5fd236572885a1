namespace Automation;

/// <summary>
/// A command exited with a code that is not accepted, or ran out of time. The message names the command (secrets
/// masked), the exit code and the directory, the file holding its whole output when that was longer than the result
/// keeps, and, when its output was hidden, ends with the last lines of it.
/// </summary>
public sealed class ProcessFailedException : Exception
{
    /// <summary>Creates the exception for a failed command.</summary>
    /// <param name="result">The command's result.</param>
    /// <param name="workingDirectory">Where it ran.</param>
    /// <param name="reason">Why it failed, e.g. <c>exit code 3</c> or <c>timed out after 00:05:00</c>.</param>
    /// <param name="outputTail">The last lines of hidden output, or empty.</param>
    public ProcessFailedException(CommandResult result, string workingDirectory, string reason, IReadOnlyList<string> outputTail)
        : base(Describe(result, workingDirectory, reason, outputTail))
    {
        Result = result;
        WorkingDirectory = workingDirectory;
    }

    /// <summary>The command's result.</summary>
    public CommandResult Result { get; }

    /// <summary>The exit code.</summary>
    public int ExitCode => Result.ExitCode;

    /// <summary>Where it ran.</summary>
    public string WorkingDirectory { get; }

    private static string Describe(CommandResult result, string workingDirectory, string reason, IReadOnlyList<string> outputTail)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(outputTail);
        var message = $"Command failed ({reason}): {result.CommandLine} (in {workingDirectory})";
        if (result.OutputFile is { } file)
        {
            message += System.Environment.NewLine + $"Its whole output is in {file}";
        }

        return outputTail.Count == 0
            ? message
            : message + System.Environment.NewLine + (outputTail.Count == 1 ? "The last line of its output:" : $"Last {outputTail.Count} lines of its output:") + System.Environment.NewLine + string.Join(System.Environment.NewLine, outputTail);
    }
}
