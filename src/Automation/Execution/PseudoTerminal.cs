using Automation.Output;
using Automation.Processes;

namespace Automation.Execution;

/// <summary>
/// Runs a command in a pseudo-terminal (<see cref="RunOptions.Pty"/>) through <c>script</c>, which every Linux
/// (util-linux) and macOS has: no native pty code to carry. Windows has no such tool: the command runs as it is.
/// </summary>
internal static class PseudoTerminal
{
    public static (string Program, IReadOnlyList<string> Arguments) Wrap(string program, IReadOnlyList<string> arguments, BuildOutput output)
    {
        if (OperatingSystem.IsLinux())
        {
            // -e: the command's exit code; -c: run through the user's shell, so the command line is quoted for it.
            return ("script", ["-q", "-e", "-c", CommandLineText.Render(program, arguments), "/dev/null"]);
        }

        if (OperatingSystem.IsMacOS())
        {
            return ("script", ["-q", "/dev/null", program, .. arguments]);
        }

        output.Warning(new Annotation($"Pty is not available on {System.Runtime.InteropServices.RuntimeInformation.OSDescription}: {Path.GetFileName(program)} runs without a terminal."));
        return (program, arguments);
    }
}
