using Automation.Cli.Running;
using Automation.Cli.Setup;

namespace Automation.Cli.Commands;

/// <summary>
/// Chooses the command named by the first argument: <c>:version</c>, <c>:setup</c>, <c>:completion</c>, <c>:complete</c>, <c>:help</c>; anything else (targets,
/// options, nothing at all) runs the build of the repository around the working directory. Usage errors are exit code 2.
/// </summary>
internal static class CommandDispatcher
{
    public static int Run(IReadOnlyList<string> args, CommandConsole console, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        var command = args.Count > 0 ? args[0] : string.Empty;
        var rest = args.Skip(1).ToList();
        switch (command)
        {
            case ":version":
                return VersionCommand.Run(rest, console.Output, console.Error, workingDirectory, environment);
            case ":setup":
                // The one command that starts programs of its own; the tool's entry point is synchronous, with no context to deadlock.
                return SetupCommand.RunAsync(rest, console, workingDirectory, CapturedProcess.RunAsync).GetAwaiter().GetResult();
            case ":completion":
                return CompletionCommand.Script(rest, console);
            case ":complete":
                return CompletionCommand.Complete(rest, console, workingDirectory);
            case ":help":
                console.Output.WriteLine(Usage);
                return 0;
            case "-h" or "--help" when BuildLauncher.FindRoot(workingDirectory) is null:
                // Outside a repository there is no build whose help to show: show the tool's.
                console.Output.WriteLine(Usage);
                return 0;
            case "" when BuildLauncher.FindRoot(workingDirectory) is null:
                console.Error.WriteLine("automation: no build found here (no .nuke/ folder in this directory or above).");
                console.Error.WriteLine(Usage);
                return 2;
            case [':', ..]:
                console.Error.WriteLine($"automation: unknown command '{command}'.");
                console.Error.WriteLine(Usage);
                return 2;
            default:
                return RunBuildCommand.Run(args, console, workingDirectory);
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
          :completion bash|zsh|fish|pwsh
                   A shell completion script for targets, options, parameters and their values, e.g.
                   source <(automation :completion bash) in ~/.bashrc. It answers from the list the build writes on
                   each run (.nuke/temp/completion.txt), so completing never compiles or starts the build.
          :help    This text.

        Without a command, the arguments go to the build of the nearest folder above holding .nuke/ (through its
        build.sh, or build.cmd on Windows), and its exit code is the tool's: automation test, automation --help.
        """;
}
