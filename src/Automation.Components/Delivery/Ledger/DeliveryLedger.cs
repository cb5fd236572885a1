using Automation.Versioning.Git;

namespace Automation.Components;

/// <summary>
/// The delivery ledger: every event of a version's way to production, kept in git on the ref <see cref="Ref"/>, one
/// commit per event (the event's JSON is the commit message, the tree is empty), so it travels with the repository to
/// every laptop and CI agent with no server and reads offline. <see cref="SyncAsync"/> exchanges it with a remote:
/// events the remote lacks are replayed on top of the remote's, and the push is retried when another writer pushed
/// first, so two writers at once lose nothing.
/// </summary>
public sealed class DeliveryLedger
{
    /// <summary>The ref that holds the ledger.</summary>
    public const string Ref = "refs/automation/ledger";

    private const string RemoteCopyRef = "refs/automation/ledger-remote";
    private const int MaxAttempts = 30;

    private readonly string _directory;
    private readonly string _remote;

    /// <summary>The ledger of the repository around <paramref name="directory"/>, exchanged with <paramref name="remote"/>.</summary>
    public DeliveryLedger(string directory, string remote = "origin")
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        ArgumentException.ThrowIfNullOrEmpty(remote);
        _directory = directory;
        _remote = remote;
    }

    /// <summary>The events of the local ledger, oldest first (empty when there is none yet). Reads no network.</summary>
    public async Task<IReadOnlyList<LedgerEvent>> ReadAsync(CancellationToken cancellationToken = default) =>
        await ReadChainAsync(await TipAsync(Ref, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Appends <paramref name="ledgerEvent"/> to the local ledger (safe against concurrent appends in the same clone),
    /// then shares it with the remote (<see cref="SyncAsync"/>); offline, it stays local until the next sync.
    /// </summary>
    public Task<LedgerSync> AppendAsync(LedgerEvent ledgerEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ledgerEvent);
        return AppendAsync([ledgerEvent], cancellationToken);
    }

    /// <summary>
    /// Appends <paramref name="ledgerEvents"/> in their order to the local ledger in one step (another writer in the
    /// same clone sees all of them or none), then shares them with the remote once (<see cref="SyncAsync"/>).
    /// </summary>
    public async Task<LedgerSync> AppendAsync(IReadOnlyList<LedgerEvent> ledgerEvents, CancellationToken cancellationToken = default)
    {
        await AppendLocallyAsync(ledgerEvents, cancellationToken).ConfigureAwait(false);
        return await SyncAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Appends <paramref name="ledgerEvents"/> in their order to the local ledger in one step (another writer in the
    /// same clone sees all of them or none), without the network; the next <see cref="SyncAsync"/> shares them.
    /// </summary>
    public async Task AppendLocallyAsync(IReadOnlyList<LedgerEvent> ledgerEvents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ledgerEvents);
        for (var attempt = 1; ; attempt++)
        {
            var tip = await TipAsync(Ref, cancellationToken).ConfigureAwait(false);
            var commit = tip;
            foreach (var ledgerEvent in ledgerEvents)
            {
                commit = await CommitAsync(ledgerEvent.ToJson(), commit, cancellationToken).ConfigureAwait(false);
            }

            if (commit is null || await MoveRefAsync(Ref, commit, tip, cancellationToken).ConfigureAwait(false))
            {
                break;
            }

            if (attempt == MaxAttempts)
            {
                throw new InvalidOperationException($"Could not append to the delivery ledger ({Ref}) after {MaxAttempts} attempts: it kept changing.");
            }
        }
    }

    /// <summary>
    /// Fetches the remote's ledger, puts the local events it lacks on top of it and pushes, retrying while other writers
    /// push first. Without the remote, or when it cannot be reached, the local ledger stays as it is.
    /// </summary>
    public async Task<LedgerSync> SyncAsync(CancellationToken cancellationToken = default)
    {
        if ((await GitAsync(["remote", "get-url", _remote], cancellationToken).ConfigureAwait(false)).ExitCode != 0)
        {
            return LedgerSync.NoRemote;
        }

        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var listed = await GitAsync(["ls-remote", _remote, Ref], cancellationToken).ConfigureAwait(false);
            if (listed.ExitCode != 0)
            {
                return LedgerSync.Offline;
            }

            var remoteTip = listed.Output.Split('\t', 2)[0].Trim();
            remoteTip = remoteTip.Length == 0 ? null : remoteTip;
            if (remoteTip is not null
                && (await GitAsync(["fetch", "--quiet", "--no-tags", _remote, $"+{Ref}:{RemoteCopyRef}"], cancellationToken).ConfigureAwait(false)).ExitCode != 0)
            {
                // The ref moved between the listing and the fetch: look again.
                await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
                continue;
            }

            var localTip = await TipAsync(Ref, cancellationToken).ConfigureAwait(false);
            if (localTip == remoteTip)
            {
                return LedgerSync.InSync;
            }

            var known = (await ReadChainAsync(remoteTip, cancellationToken).ConfigureAwait(false)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            var missing = (await ReadChainAsync(localTip, cancellationToken).ConfigureAwait(false)).Where(e => !known.Contains(e.Id)).ToList();
            var newTip = remoteTip;
            foreach (var ledgerEvent in missing)
            {
                newTip = await CommitAsync(ledgerEvent.ToJson(), newTip, cancellationToken).ConfigureAwait(false);
            }

            if (missing.Count > 0
                && (await GitAsync(["push", "--quiet", "--no-verify", _remote, $"{newTip}:{Ref}"], cancellationToken).ConfigureAwait(false)).ExitCode != 0)
            {
                // Refused while the remote's ledger stayed as it was: not a race but no right to push (a read-only CI
                // token, a protected ref). Retrying cannot help; the events wait in this clone.
                var now = await GitAsync(["ls-remote", _remote, Ref], cancellationToken).ConfigureAwait(false);
                if (now.ExitCode == 0 && (now.Output.Split('\t', 2)[0].Trim() is var tipNow) && (tipNow.Length == 0 ? null : tipNow) == remoteTip)
                {
                    return LedgerSync.PushRefused;
                }

                // Another writer pushed first (the push is not a fast-forward any more): replay on its events and try again.
                await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (await MoveRefAsync(Ref, newTip!, localTip, cancellationToken).ConfigureAwait(false))
            {
                return missing.Count > 0 ? LedgerSync.Pushed : LedgerSync.InSync;
            }
        }

        throw new InvalidOperationException($"Could not share the delivery ledger with '{_remote}' after {MaxAttempts} attempts: other writers kept pushing first. Run the command again.");
    }

    private static Task BackOffAsync(int attempt, CancellationToken cancellationToken) =>
        // Jitter keeps two writers that collided from colliding again in lock step.
        Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(20, 60) * Math.Min(attempt, 5)), cancellationToken);

    private async Task<IReadOnlyList<LedgerEvent>> ReadChainAsync(string? tip, CancellationToken cancellationToken)
    {
        if (tip is null)
        {
            return [];
        }

        var log = await RequireAsync(["log", "--reverse", "--format=%B%x1e", tip], cancellationToken).ConfigureAwait(false);
        return log.Split('\x1e', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(LedgerEvent.FromJson)
            .OfType<LedgerEvent>()
            .ToList();
    }

    private async Task<string?> TipAsync(string reference, CancellationToken cancellationToken)
    {
        var result = await GitAsync(["rev-parse", "--verify", "--quiet", reference + "^{commit}"], cancellationToken).ConfigureAwait(false);
        return result.ExitCode == 0 ? result.Output.Trim() : null;
    }

    private async Task<string> CommitAsync(string message, string? parent, CancellationToken cancellationToken)
    {
        var emptyTree = await EmptyTreeAsync(cancellationToken).ConfigureAwait(false);
        List<string> arguments = ["-c", "user.name=Automation ledger", "-c", "user.email=ledger@automation.invalid", "commit-tree", emptyTree, "-m", message];
        if (parent is not null)
        {
            arguments.AddRange(["-p", parent]);
        }

        return (await RequireAsync(arguments, cancellationToken).ConfigureAwait(false)).Trim();
    }

    private async Task<string> EmptyTreeAsync(CancellationToken cancellationToken)
    {
        // hash-object of an empty file as a tree gives the empty tree in the repository's own hash (SHA-1 or SHA-256).
        var empty = Path.GetTempFileName();
        try
        {
            return (await RequireAsync(["hash-object", "-w", "-t", "tree", empty], cancellationToken).ConfigureAwait(false)).Trim();
        }
        finally
        {
            File.Delete(empty);
        }
    }

    private async Task<bool> MoveRefAsync(string reference, string newValue, string? oldValue, CancellationToken cancellationToken) =>
        // The old value makes the move a compare-and-swap: it fails when another writer moved the ref in between.
        (await GitAsync(["update-ref", "-m", "delivery ledger", reference, newValue, oldValue ?? string.Empty], cancellationToken).ConfigureAwait(false)).ExitCode == 0;

    private async Task<string> RequireAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var result = await GitAsync(arguments, cancellationToken).ConfigureAwait(false);
        return result.ExitCode == 0
            ? result.Output
            : throw new InvalidOperationException($"git {arguments.FirstOrDefault(a => !a.Contains('=', StringComparison.Ordinal) && a != "-c")} failed on the delivery ledger in {_directory}: {result.Error.Trim()}");
    }

    private Task<GitResult> GitAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        GitCli.RunAsync(_directory, arguments, cancellationToken);
}
