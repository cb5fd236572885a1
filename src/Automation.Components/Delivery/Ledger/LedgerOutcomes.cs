namespace Automation.Components;

/// <summary>The outcomes of a <see cref="LedgerEvent"/>.</summary>
public static class LedgerOutcomes
{
    /// <summary>It went well.</summary>
    public const string Succeeded = "succeeded";

    /// <summary>It did not.</summary>
    public const string Failed = "failed";
}
