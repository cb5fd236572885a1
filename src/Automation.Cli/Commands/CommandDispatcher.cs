using Automation.Cli.Running;
using Automation.Cli.Setup;

namespace Automation.Cli.Commands;

/// <summary>
/// Chooses the command named by the first argument: <c>:version</c>, <c>:setup</c>, <c>:status</c>, <c>:config</c>, <c>:approve</c>, <c>:completion</c>, <c>:complete</c>, <c>:help</c>; anything else (targets,
/// options, nothing at all) runs the build of the repository around the working directory. Usage errors are exit code 2.
/// </summary>
internal static class CommandDispatcher
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var command = args.Count > 0 ? args[0] : string.Empty;
        var rest = args.Skip(1).ToList();
        switch (command)
        {
            case ":version":
                return await VersionCommand.RunAsync(rest, console.Output, console.Error, workingDirectory, environment).ConfigureAwait(false);
            case ":setup":
                return await SetupCommand.RunAsync(rest, console, workingDirectory, CapturedProcess.RunAsync).ConfigureAwait(false);
            case ":status":
                return await StatusCommand.RunAsync(rest, console.Output, console.Error, workingDirectory).ConfigureAwait(false);
            case ":config":
                return await ConfigCommand.RunAsync(rest, console, workingDirectory).ConfigureAwait(false);
            case ":approve":
                return await ApproveCommand.RunAsync(rest, console, workingDirectory).ConfigureAwait(false);
            case ":completion":
                return CompletionCommand.Script(rest, console);
            case ":complete":
                return CompletionCommand.Complete(rest, console, workingDirectory);
            case ":help":
                await console.Output.WriteLineAsync(Usage).ConfigureAwait(false);
                return 0;
            case "-h" or "--help" when BuildLauncher.FindRoot(workingDirectory) is null:
                // Outside a repository there is no build whose help to show: show the tool's.
                await console.Output.WriteLineAsync(Usage).ConfigureAwait(false);
                return 0;
            case "" when BuildLauncher.FindRoot(workingDirectory) is null:
                await console.Error.WriteLineAsync("automation: no build found here (no .nuke/ folder in this directory or above).").ConfigureAwait(false);
                await console.Error.WriteLineAsync(Usage).ConfigureAwait(false);
                return 2;
            case [':', ..]:
                await console.Error.WriteLineAsync($"automation: unknown command '{command}'.").ConfigureAwait(false);
                await console.Error.WriteLineAsync(Usage).ConfigureAwait(false);
                return 2;
            default:
                return await RunBuildCommand.RunAsync(args, console, workingDirectory).ConfigureAwait(false);
        }
    }

    public const string Usage = """
        Usage: automation [targets] [options]      run this repository's build (from any subfolder)
               automation :<command> [options]

        Commands:
          :setup [--yes] [--force] [--no-checks] [--solution <file>] [--port-nuke|--move-nuke]
                   Write an Automation build into this git repository: build/ (isolated from the repository's MSBuild
                   settings), build.sh/build.cmd/build.ps1, .nuke/parameters.json, global.json if missing, .gitignore
                   entries, ReportGenerator when coverage is collected, and the build project in the solution. Builds
                   the solution once first: gates it does not pass yet start in report mode (--no-checks: all do).
                   A NUKE build is ported in place (--port-nuke: usings rewritten, then built, and the errors left
                   listed) or moved to build/nuke/ (--move-nuke); on a terminal setup asks which, else moves it.
                   Existing files are kept unless --force. Asks once on a terminal; --yes (or no terminal) does not ask.
          :version [--json] [--repo <dir>] [--show-variable <Name>] [--allow-shallow]
                   The version of a git work tree, computed from its history with GitVersion 6's rules.
          :status [--json] [--repo <dir>] [--remote <name>] [--offline]
                   The delivery ledger (refs/automation/ledger, fetched first unless --offline): which stages the
                   last versions passed and failed, and per environment and host the live version, its configuration
                   hash, since when and by whom.
          :config [--json] [--profile <name>...] [--config-file <file>]
                   Every parameter and setting of this repository's build with the file or variable it came from
                   (system, user, .nuke/parameters.json, profiles, --config-file, environment, command line), like
                   git config --show-origin; secrets masked. Runs ./build.sh --show-config.
          :approve <version> --env <name>
                   Approve a version for an environment that requires it (runs the build's approve target, which
                   checks who may approve and records the approval in the ledger).
          :completion bash|zsh|fish|pwsh
                   A shell completion script for targets, options, parameters and their values, e.g.
                   source <(automation :completion bash) in ~/.bashrc. It answers from the list the build writes on
                   each run (.nuke/temp/completion.txt), so completing never compiles or starts the build.
          :help    This text.

        Without a command, the arguments go to the build of the nearest folder above holding .nuke/ (through its
        build.sh, or build.cmd on Windows), and its exit code is the tool's: automation test, automation --help.
        """;
}
