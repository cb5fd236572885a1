namespace Automation;

/// <summary>What a target's action can use while it runs: commands, messages, notes for the summary, cancellation.</summary>
public interface ITargetContext
{
    /// <summary>The running target's name (<c>unit-test</c>).</summary>
    string TargetName { get; }

    /// <summary>The repository root.</summary>
    AbsolutePath RootDirectory { get; }

    /// <summary>Signalled when the build is interrupted (Ctrl+C, SIGTERM). Long-running actions should observe it.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>Whether the build runs with <c>--dry-run</c> (commands are echoed, not started).</summary>
    bool IsDryRun { get; }

    /// <summary>Runs a command line, split into arguments without a shell (<c>"dotnet build -c Release"</c>). Throws <see cref="ProcessFailedException"/> on a non-zero exit.</summary>
    CommandResult Run(string commandLine);

    /// <summary>Runs a program with arguments passed as they are (no quoting problems).</summary>
    CommandResult Run(string program, IEnumerable<string> arguments, RunOptions? options = null);

    /// <summary>Asynchronous form of <see cref="Run(string, IEnumerable{string}, RunOptions)"/>.</summary>
    Task<CommandResult> RunAsync(string program, IEnumerable<string> arguments, RunOptions? options = null);

    /// <summary>Writes a line of output in the target's group.</summary>
    void Info(string message);

    /// <summary>Writes a line shown only with <c>--verbosity verbose</c>.</summary>
    void Debug(string message);

    /// <summary>Reports a warning (a native annotation on CI).</summary>
    void Warn(string message);

    /// <summary>Reports an error (a native annotation on CI) without failing the target; throw to fail it.</summary>
    void Error(string message);

    /// <summary>Adds a note to this target's row in the summary (a version, a count).</summary>
    void Note(string note);

    /// <summary>Reports test counts: shown in the summary and summed into the closing <c>Tests:</c> line.</summary>
    void ReportTests(TestCounts counts);

    /// <summary>Registers a value that must be masked in all output from now on (a token read from a file, say).</summary>
    void Secret(string value);
}
