namespace Automation.Locking;

/// <summary>How an attempt to take a root's build lock ended.</summary>
internal enum LockOutcome
{
    /// <summary>This build holds the lock until it is disposed.</summary>
    Held,

    /// <summary>A build that started this one (through its commands) holds it: this one goes on under it.</summary>
    Inherited,

    /// <summary>Another build holds it.</summary>
    Busy,

    /// <summary>The lock file cannot be created or opened (the state folder is unusable): no lock at all.</summary>
    Unusable,
}
