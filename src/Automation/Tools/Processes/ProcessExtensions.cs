using Automation.Tools.Processes;

namespace Automation;

/// <summary>NUKE's assertions on a started <see cref="IProcess"/>.</summary>
public static class ProcessExtensions
{
    /// <summary>Waits for the process; fails when its timeout passed.</summary>
    /// <param name="process">The process.</param>
    /// <returns>The process, to chain <see cref="AssertZeroExitCode"/>.</returns>
    /// <exception cref="ProcessFailedException">The process timed out.</exception>
    public static IProcess AssertWaitForExit(this IProcess process)
    {
        ArgumentNullException.ThrowIfNull(process);
        if (!process.WaitForExit())
        {
            throw process is StartedProcess { Failure: { } failure }
                ? failure
                : new TimeoutException($"'{process.FileName}' did not exit within its timeout.");
        }

        return process;
    }

    /// <summary>Waits for the process; fails when it timed out or exited with a code other than 0.</summary>
    /// <param name="process">The process.</param>
    /// <returns>The process, to read its <see cref="IProcess.Output"/>.</returns>
    /// <exception cref="ProcessFailedException">The process failed; the message names the command, the code and its last output.</exception>
    public static IProcess AssertZeroExitCode(this IProcess process)
    {
        AssertWaitForExit(process);
        if (process.ExitCode != 0)
        {
            throw process is StartedProcess { Failure: { } failure }
                ? failure
                : new InvalidOperationException($"'{process.FileName}' exited with code {process.ExitCode}.");
        }

        return process;
    }

    /// <summary>
    /// The standard output of a finished process as one text, its lines joined with <see cref="Environment.NewLine"/>
    /// (standard error's left out), as NUKE's <c>StdToText</c>: <c>var commit = Git("rev-parse HEAD").StdToText();</c>.
    /// </summary>
    /// <param name="output">The output lines.</param>
    /// <returns>The standard output lines' text, joined.</returns>
    public static string StdToText(this IEnumerable<OutputLine> output) =>
        string.Join(Environment.NewLine, output.Where(line => line.Type == OutputType.Std).Select(line => line.Text));
}
