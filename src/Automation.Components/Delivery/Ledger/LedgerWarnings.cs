namespace Automation.Components;

/// <summary>What a build says when its ledger events could not be shared with the remote.</summary>
internal static class LedgerWarnings
{
    /// <summary>The warning for <paramref name="sync"/>, or null when the events were shared (or there is no remote).</summary>
    public static string? For(LedgerSync sync, string remote) => sync switch
    {
        LedgerSync.Offline => $"The ledger remote '{remote}' cannot be reached: the events stay in this clone until the next deploy or automation :status shares them.",
        LedgerSync.PushRefused => $"The ledger remote '{remote}' refused the push of {DeliveryLedger.Ref}: the events stay in this clone. Give the build the right to push there: on GitHub Actions and Azure Pipelines, regenerate the CI files (./build.sh --generate-ci), which let the jobs that push do so (the Azure build service also needs Contribute on the repository); on GitLab, allow Git push requests for the job token (Settings, CI/CD, Job token permissions).",
        _ => null,
    };
}
