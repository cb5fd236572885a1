namespace Automation;

/// <summary>A command started by <see cref="ProcessTasks.StartProcess(string, string?, string?, IReadOnlyDictionary{string, string}?, int?, bool?, bool?)"/>, as NUKE's <c>IProcess</c>.</summary>
public interface IProcess : IDisposable
{
    /// <summary>The program started.</summary>
    string FileName { get; }

    /// <summary>The arguments, as given.</summary>
    string Arguments { get; }

    /// <summary>Where it runs.</summary>
    string WorkingDirectory { get; }

    /// <summary>Whether it has ended (exited, timed out or been killed).</summary>
    bool HasExited { get; }

    /// <summary>The output lines, standard output's then standard error's, secrets masked; waits for the end.</summary>
    IReadOnlyCollection<OutputLine> Output { get; }

    /// <summary>The exit code; -1 when it timed out or was killed. Waits for the end.</summary>
    int ExitCode { get; }

    /// <summary>Waits for the end.</summary>
    /// <returns>False when the timeout passed (its process tree was killed), true otherwise.</returns>
    bool WaitForExit();

    /// <summary>Kills the process and everything it started, then waits for the end.</summary>
    void Kill();
}
