namespace Automation.Cli.Setup;

/// <summary>
/// The one way setup starts programs (<c>dotnet msbuild</c>, <c>dotnet build</c>, <c>dotnet sln add</c>,
/// <c>git check-ignore</c>), through the engine's <see cref="ProcessLauncher"/>: captured, never sharing the console,
/// in English and without first-run banners so the output can be read.
/// </summary>
internal static class CapturedProcess
{
    private static Dictionary<string, string?> ReadableOutput() => new()
    {
        ["DOTNET_CLI_UI_LANGUAGE"] = "en",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["MSBUILDTERMINALLOGGER"] = "off",
        ["GIT_TERMINAL_PROMPT"] = "0",
    };

    /// <summary>A <see cref="RunProcess"/> that starts the real program.</summary>
    /// <exception cref="SetupException">The program cannot be started (not installed).</exception>
    public static async Task<ProcessOutput> RunAsync(string program, IReadOnlyList<string> arguments, AbsolutePath workingDirectory)
    {
        try
        {
            var outcome = await ProcessLauncher.RunAsync(program, arguments, new ProcessLaunchOptions { WorkingDirectory = workingDirectory, Environment = ReadableOutput() }).ConfigureAwait(false);
            return new ProcessOutput(outcome.ExitCode, outcome.StandardOutput + outcome.StandardError);
        }
        catch (ProcessStartException exception)
        {
            throw new SetupException(exception.Message, exception);
        }
    }
}
