using System.ComponentModel;
using System.Diagnostics;
using Automation.Launching;

namespace Automation.Processes;

/// <summary>How a command's <see cref="RunOptions"/> and <see cref="CommandScope"/> become the <see cref="ProcessLaunchOptions"/> it is started with.</summary>
internal static class ProcessStart
{
    /// <summary>
    /// The launch options of a command: its directory; the scope's variables, then the options' (or only the options'
    /// when they replace the environment); input redirected when there is something to write or to answer.
    /// </summary>
    public static ProcessLaunchOptions Options(string workingDirectory, RunOptions options, CommandScope scope)
    {
        var variables = new Dictionary<string, string?>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var (name, value) in (options.ReplaceEnvironment ? new Dictionary<string, string?>() : scope.Environment).Concat(options.Environment ?? new Dictionary<string, string?>()))
        {
            variables[name] = value;
        }

        return new ProcessLaunchOptions
        {
            WorkingDirectory = workingDirectory,
            Environment = variables,
            ReplaceEnvironment = options.ReplaceEnvironment,
            RedirectStandardInput = options.StandardInput is not null || options.Responders.Count > 0,
        };
    }

    /// <summary>The start information of a command, as <see cref="ProcessLauncher"/> builds it (for tests: nothing is started).</summary>
    public static ProcessStartInfo Create(string program, IReadOnlyList<string> arguments, string workingDirectory, RunOptions options, CommandScope scope, string? marker = null) =>
        ProgramStart.Create(program, arguments, Options(workingDirectory, options, scope), marker);

    /// <summary>Why a command could not be started, and what to do.</summary>
    public static string NotFoundMessage(string program, ProcessStartInfo info, RunOptions options, Win32Exception exception) =>
        ProgramStart.NotFoundMessage(program, info, options.ReplaceEnvironment, exception);
}
