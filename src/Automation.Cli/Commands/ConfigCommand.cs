namespace Automation.Cli.Commands;

/// <summary>
/// <c>automation :config [--json] [--profile p] [--config-file f] [--param value ...]</c>: runs the build with
/// <c>--show-config</c>, which knows its parameters (and which of them are secrets), and prints every effective value
/// with the file or variable it came from. The other arguments go along, so a profile or a runtime file shows in place.
/// </summary>
internal static class ConfigCommand
{
    public static Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, string workingDirectory) =>
        RunBuildCommand.RunAsync(["--show-config", .. args], console, workingDirectory);
}
