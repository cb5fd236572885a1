namespace Automation.Components;

/// <summary>
/// The promotion gate of an environment (poka-yoke): who may deploy there, the earlier stage a version must have
/// passed and the approval it may need, all read from the ledger. A missing stage or approval may be overridden with
/// a reason, which the ledger records; a person who may not deploy may not override.
/// </summary>
internal static class PromotionGate
{
    /// <summary>What stops <paramref name="version"/> from going to <paramref name="environment"/>; empty when nothing does.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="who"/> may not deploy to the environment.</exception>
    public static IReadOnlyList<string> Obstacles(DeliveryEnvironment environment, string version, string who, IReadOnlyList<LedgerEvent> events)
    {
        if (!MayDeploy(environment, who))
        {
            throw new InvalidOperationException(
                $"{who} may not deploy to {environment.Name}: only {string.Join(", ", environment.Deployers)} may (the environment's Deployers; the identity is the CI actor or git config user.email).");
        }

        var obstacles = new List<string>();
        if (environment.RequiredStage is { } stage && !Passed(events, version, stage))
        {
            obstacles.Add($"version {version} has not passed {stage}, which {environment.Name} requires");
        }

        if (environment.RequiresApproval && !events.Any(e => e.Kind == LedgerEventKinds.Approval && e.Version == version && e.Stage == environment.Name && e.Succeeded))
        {
            obstacles.Add($"version {version} is not approved for {environment.Name} (automation :approve {version} --env {environment.Name})");
        }

        return obstacles;
    }

    /// <summary>Whether <paramref name="who"/> is among the environment's deployers (anyone when it names none).</summary>
    public static bool MayDeploy(DeliveryEnvironment environment, string who) =>
        environment.Deployers.Count == 0 || environment.Deployers.Contains(who, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="who"/> may approve for the environment: its approvers, or else its deployers.</summary>
    public static bool MayApprove(DeliveryEnvironment environment, string who) =>
        environment.Approvers.Count > 0 ? environment.Approvers.Contains(who, StringComparer.OrdinalIgnoreCase) : MayDeploy(environment, who);

    /// <summary>Whether the ledger says <paramref name="version"/> passed <paramref name="stage"/>: a build stage, or a healthy deploy to that environment.</summary>
    public static bool Passed(IReadOnlyList<LedgerEvent> events, string version, string stage) =>
        events.Any(e => e.Version == version && e.Stage == stage && e.Succeeded && e.Kind is LedgerEventKinds.Stage or LedgerEventKinds.Deploy);
}
