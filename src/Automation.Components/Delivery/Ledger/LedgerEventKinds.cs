namespace Automation.Components;

/// <summary>The kinds of <see cref="LedgerEvent"/>.</summary>
public static class LedgerEventKinds
{
    /// <summary>A build stage (a target such as <c>unit-test</c> or <c>publish</c>) ran for a version.</summary>
    public const string Stage = "stage";

    /// <summary>A version was deployed to a host of an environment.</summary>
    public const string Deploy = "deploy";

    /// <summary>The health check after a deploy.</summary>
    public const string Health = "health";

    /// <summary>A version was approved for an environment.</summary>
    public const string Approval = "approval";

    /// <summary>A promotion gate was overridden, with a reason.</summary>
    public const string GateOverride = "gate-override";

    /// <summary>A host was switched back to an earlier version.</summary>
    public const string Rollback = "rollback";
}
