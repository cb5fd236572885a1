namespace Automation.Components;

/// <summary>How <see cref="DeliveryLedger.SyncAsync"/> ended.</summary>
public enum LedgerSync
{
    /// <summary>The repository has no such remote: the ledger is local only.</summary>
    NoRemote,

    /// <summary>The remote could not be reached: local events wait for the next sync.</summary>
    Offline,

    /// <summary>
    /// The remote refused the push although no other writer had pushed (no write access: a read-only CI token, a
    /// protected ref): local events wait for a sync with the right to push.
    /// </summary>
    PushRefused,

    /// <summary>Local and remote ledgers hold the same events.</summary>
    InSync,

    /// <summary>Local events were pushed.</summary>
    Pushed,
}
