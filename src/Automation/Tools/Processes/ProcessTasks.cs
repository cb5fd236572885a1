using Automation.Processes;
using Automation.Targets;
using Automation.Tools.Processes;

namespace Automation;

/// <summary>
/// NUKE's <c>ProcessTasks</c>: start any program from a target's action and get an <see cref="IProcess"/>. Commands run
/// through the running target (<see cref="CurrentTarget"/>): echoed with secrets masked, output in the target's group,
/// only echoed in a dry run, their process tree killed on timeout, <see cref="IProcess.Kill"/> or Ctrl+C.
/// </summary>
public static class ProcessTasks
{
    /// <summary>Starts a program with a command line (split as a shell would; interpolated values quoted when needed).</summary>
    /// <param name="toolPath">The program: a path, or a name found on PATH.</param>
    /// <param name="arguments">The arguments as one string.</param>
    /// <param name="workingDirectory">Where it runs; default: the target's current directory.</param>
    /// <param name="environmentVariables">The process's whole environment; default: the build's.</param>
    /// <param name="timeout">A time limit in milliseconds, after which its process tree is killed.</param>
    /// <param name="logOutput">False hides its output (still in <see cref="IProcess.Output"/>).</param>
    /// <param name="logInvocation">False leaves the command line out of the output.</param>
    /// <returns>The started process; call <see cref="ProcessExtensions.AssertZeroExitCode"/> to wait and fail on an error.</returns>
    public static IProcess StartProcess(
        string toolPath, string? arguments = null, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environmentVariables = null, int? timeout = null, bool? logOutput = null, bool? logInvocation = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(toolPath);
        var context = CurrentTarget.Require(nameof(StartProcess));
        var starter = context as ICommandStarter
            ?? throw new InvalidOperationException($"{nameof(StartProcess)} needs the context of a running target; {context.GetType().Name} is not one.");
        var options = ProcessOptions.From(workingDirectory, environmentVariables, timeout, logOutput, logInvocation);
        var split = CommandLineText.Split(arguments ?? string.Empty);
        var directory = Path.GetFullPath(workingDirectory ?? ".", context.WorkingDirectory);
        return new StartedProcess(toolPath, arguments ?? string.Empty, directory, kill => starter.StartAsync(toolPath, split, options, kill)).Start();
    }

    /// <summary>Starts a program with an interpolated command line: <c>StartProcess("git", $"log {range}")</c>.</summary>
    /// <param name="toolPath">The program.</param>
    /// <param name="arguments">The arguments; each interpolated value becomes one argument.</param>
    /// <param name="workingDirectory">Where it runs.</param>
    /// <param name="environmentVariables">The process's whole environment.</param>
    /// <param name="timeout">A time limit in milliseconds.</param>
    /// <param name="logOutput">False hides its output.</param>
    /// <param name="logInvocation">False leaves the command line out of the output.</param>
    /// <returns>The started process.</returns>
    public static IProcess StartProcess(
        string toolPath, ref ArgumentStringHandler arguments, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environmentVariables = null, int? timeout = null, bool? logOutput = null, bool? logInvocation = null) =>
        StartProcess(toolPath, arguments.ToStringAndClear(), workingDirectory, environmentVariables, timeout, logOutput, logInvocation);

    /// <summary>Starts a script in the platform shell (<c>/bin/sh -c</c>, <c>cmd.exe /c</c> on Windows), for pipes and redirection.</summary>
    /// <param name="command">The script.</param>
    /// <param name="workingDirectory">Where it runs.</param>
    /// <param name="environmentVariables">The process's whole environment.</param>
    /// <param name="timeout">A time limit in milliseconds.</param>
    /// <param name="logOutput">False hides its output.</param>
    /// <param name="logInvocation">False leaves the command line out of the output.</param>
    /// <returns>The started process.</returns>
    public static IProcess StartShell(
        string command, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environmentVariables = null, int? timeout = null, bool? logOutput = null, bool? logInvocation = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (shell, flag) = OperatingSystem.IsWindows() ? ("cmd.exe", "/d /s /c") : ("/bin/sh", "-c");
        return StartProcess(shell, $"{flag} {command.DoubleQuoteIfNeeded()}", workingDirectory, environmentVariables, timeout, logOutput, logInvocation);
    }
}
