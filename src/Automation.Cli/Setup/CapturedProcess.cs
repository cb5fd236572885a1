using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Automation.Cli.Setup;

/// <summary>
/// The one way setup starts programs (<c>dotnet msbuild</c>, <c>dotnet build</c>, <c>dotnet sln add</c>,
/// <c>git check-ignore</c>): captured, never sharing the console, in English and without first-run banners so the
/// output can be read.
/// </summary>
internal static class CapturedProcess
{
    /// <summary>A <see cref="RunProcess"/> that starts the real program.</summary>
    /// <exception cref="SetupException">The program cannot be started (not installed).</exception>
    public static async Task<ProcessOutput> RunAsync(string program, IReadOnlyList<string> arguments, AbsolutePath workingDirectory)
    {
        var info = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["MSBUILDTERMINALLOGGER"] = "off";
        info.Environment["GIT_TERMINAL_PROMPT"] = "0";
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new SetupException($"Could not start {program}.");
        }
        catch (Win32Exception exception)
        {
            throw new SetupException($"Could not start {program} ({exception.Message}): install it and put it on PATH.", exception);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().ConfigureAwait(false);
            return new ProcessOutput(process.ExitCode, await output.ConfigureAwait(false) + await error.ConfigureAwait(false));
        }
    }
}
