using Automation.Cli.Running;

namespace Automation.Cli.Commands;

/// <summary>
/// <c>automation [targets] [options]</c>: runs the build of the repository around the working directory (the nearest
/// ancestor holding <c>.nuke/</c>) through its bootstrap script, with the arguments and the exit code passed through.
/// </summary>
internal static class RunBuildCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, string workingDirectory)
    {
        var root = BuildLauncher.FindRoot(workingDirectory);
        if (root is null)
        {
            await console.Error.WriteLineAsync($"automation: no build found: neither '{workingDirectory}' nor any parent holds a .nuke/ folder. Run this inside a repository with an Automation build, or set one up with automation :setup.").ConfigureAwait(false);
            return 2;
        }

        var script = BuildLauncher.Script(root, OperatingSystem.IsWindows());
        if (!script.FileExists())
        {
            await console.Error.WriteLineAsync($"automation: {root} has .nuke/ but no {script.Name}: run automation :setup there to write the bootstrap scripts.").ConfigureAwait(false);
            return 2;
        }

        // Ctrl+C reaches the build too (same console); the tool stays to hand on the build's exit code (130).
        ConsoleCancelEventHandler keepWaiting = (_, e) => e.Cancel = true;
        Console.CancelKeyPress += keepWaiting;
        try
        {
            var (program, arguments) = BuildLauncher.Command(script, args, OperatingSystem.IsWindows());
            var outcome = await ProcessLauncher.RunAsync(program, arguments, BuildLauncher.Options(workingDirectory)).ConfigureAwait(false);
            return outcome.ExitCode;
        }
        catch (ProcessStartException exception)
        {
            await console.Error.WriteLineAsync($"automation: {exception.Message}").ConfigureAwait(false);
            return 1;
        }
        finally
        {
            Console.CancelKeyPress -= keepWaiting;
        }
    }
}
