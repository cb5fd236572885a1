namespace Automation.Components;

/// <summary>
/// Records, at the end of every build of an <see cref="IDeliver"/> build, each target that ran as a <c>stage</c> event
/// of this version (its outcome, and its test counts when it reported some): compile, test and publish leave their
/// evidence in the ledger without the build calling <c>record-stage</c>.
/// </summary>
internal sealed class BuildStageRecorder(IDeliver build)
{
    // These targets record their own events (deploy, health, rollback, approval; record-stage its stage): a stage
    // event of their own would say "deploy passed" for a deploy the ledger already tells in detail.
    private static readonly string[] SelfRecording = ["deploy", "rollback", "approve", "record-stage"];

    /// <summary>
    /// Whether a CI job running <paramref name="targets"/> pushes the ledger: a delivery target shares its events, and
    /// on CI the stages of every other target are shared when the build ends (unless the build records none).
    /// </summary>
    public static bool PushesFromCi(IDeliver build, IEnumerable<ExecutableTarget> targets) =>
        targets.Any(t => build.RecordsBuildStages || SelfRecording.Contains(t.Name, StringComparer.OrdinalIgnoreCase));

    public async Task RecordAsync(BuildFinishedContext context)
    {
        // An interrupted build has no outcome to record, and a dry run ran nothing.
        if (!build.RecordsBuildStages || context.Interrupted || build.IsDryRun)
        {
            return;
        }

        var ran = context.Targets
            .Where(t => t.Status is TargetStatus.Succeeded or TargetStatus.UpToDate or TargetStatus.Failed)
            .Where(t => !SelfRecording.Contains(t.Name, StringComparer.OrdinalIgnoreCase))
            .ToList();
        if (ran.Count == 0)
        {
            return;
        }

        try
        {
            var version = build.DeliveryVersion;
            var commit = build.CurrentVersion.Sha;
            var who = await DeliveryIdentity.ResolveAsync(build.RootDirectory, build.EnvironmentVariables, context.CancellationToken).ConfigureAwait(false);
            var events = ran.Select(t => new LedgerEvent
            {
                Kind = LedgerEventKinds.Stage,
                Version = version,
                Stage = t.Name,
                Outcome = t.Status == TargetStatus.Failed ? LedgerOutcomes.Failed : LedgerOutcomes.Succeeded,
                Who = who,
                Commit = commit,
                Tests = t.Tests,
            }).ToList();
            var ledger = new DeliveryLedger(build.RootDirectory, build.LedgerRemote);
            var recorded = $"Delivery ledger: {version} {string.Join(", ", events.Select(e => $"{e.Stage} {(e.Succeeded ? "passed" : "failed")}"))}";

            // A developer's build must neither wait on the network nor push every local run: its stages stay in the
            // clone and go with the next deploy or `automation :status`. A CI build shares them at once.
            if (!build.RunsOnServer)
            {
                await ledger.AppendLocallyAsync(events, context.CancellationToken).ConfigureAwait(false);
                context.Info($"{recorded} (kept in this clone; the next deploy or automation :status shares it)");
                return;
            }

            var sync = await ledger.AppendAsync(events, context.CancellationToken).ConfigureAwait(false);
            context.Info(recorded);
            if (LedgerWarnings.For(sync, build.LedgerRemote) is { } warning)
            {
                context.Warn(warning);
            }
        }
        catch (InvalidOperationException exception)
        {
            // The build's own outcome stands; the ledger only misses this run (no version: not a git repository, say).
            context.Warn($"The build's stages were not recorded in the delivery ledger: {exception.Message} (set RecordsBuildStages to false to stop recording them).");
        }
    }
}
