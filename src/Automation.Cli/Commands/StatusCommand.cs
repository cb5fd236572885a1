using Automation.Components;

namespace Automation.Cli.Commands;

/// <summary>
/// <c>automation :status [--json] [--repo &lt;dir&gt;] [--remote &lt;name&gt;] [--offline]</c>: the delivery ledger's
/// view of the last versions (stages passed and failed) and of what is live where. Fetches the ledger first (and
/// shares local events) unless offline; an unreachable remote only means the local ledger is shown.
/// </summary>
internal static class StatusCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, string workingDirectory)
    {
        var json = false;
        var offline = false;
        var remote = "origin";
        string? repository = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--offline":
                    offline = true;
                    break;
                case "--repo" when i + 1 < args.Count:
                    repository = args[++i];
                    break;
                case "--remote" when i + 1 < args.Count:
                    remote = args[++i];
                    break;
                default:
                    await error.WriteLineAsync($"automation :status: unknown or incomplete option '{args[i]}'.");
                    await error.WriteLineAsync(CommandDispatcher.Usage);
                    return 2;
            }
        }

        var directory = Path.GetFullPath(repository ?? ".", workingDirectory);
        if (!Directory.Exists(directory))
        {
            await error.WriteLineAsync($"automation :status: there is no folder {directory}; give a git work tree with --repo <dir>.");
            return 2;
        }

        try
        {
            var ledger = new DeliveryLedger(directory, remote);
            var sync = offline ? LedgerSync.NoRemote : await ledger.SyncAsync().ConfigureAwait(false);
            if (sync == LedgerSync.Offline)
            {
                await error.WriteLineAsync($"automation :status: the remote '{remote}' cannot be reached; showing this clone's ledger.");
            }
            else if (sync == LedgerSync.PushRefused)
            {
                await error.WriteLineAsync($"automation :status: the remote '{remote}' refused the push of this clone's ledger events (no write access?); showing them with the remote's.");
            }

            var status = DeliveryStatus.From(await ledger.ReadAsync().ConfigureAwait(false));
            await output.WriteAsync(json ? status.ToJson() : status.ToText());
            return 0;
        }
        catch (InvalidOperationException exception)
        {
            await error.WriteLineAsync($"automation :status: {exception.Message}");
            return 1;
        }
    }
}
