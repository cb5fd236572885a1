namespace Automation.Cli.Commands;

/// <summary>
/// <c>automation :approve &lt;version&gt; --env &lt;name&gt;</c>: runs the build's <c>approve</c> target, which knows
/// the environment's approvers, checks the identity against them and records the approval in the ledger.
/// </summary>
internal static class ApproveCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, string workingDirectory)
    {
        if (args.Count < 1 || args[0].StartsWith('-') || !args.Skip(1).Contains("--env"))
        {
            await console.Error.WriteLineAsync("automation :approve: give the version and the environment: automation :approve 1.2.0 --env production.");
            return 2;
        }

        return await RunBuildCommand.RunAsync(["approve", "--approve-version", args[0], .. args.Skip(1)], console, workingDirectory).ConfigureAwait(false);
    }
}
