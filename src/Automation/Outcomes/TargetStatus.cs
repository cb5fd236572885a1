namespace Automation;

/// <summary>How a scheduled target ended.</summary>
public enum TargetStatus
{
    /// <summary>It never started: an earlier failure or an interruption stopped the build first.</summary>
    NotRun,

    /// <summary>Its actions completed.</summary>
    Succeeded,

    /// <summary>An action threw.</summary>
    Failed,

    /// <summary>A condition was false, it was named in <c>--skip</c>, or it was skipped with the target that needed it.</summary>
    Skipped,

    /// <summary>It was running when the build was interrupted (Ctrl+C, SIGTERM).</summary>
    Aborted,

    /// <summary>It has no actions of its own; it only groups its dependencies.</summary>
    Collective,

    /// <summary>It declares inputs, and they, its configuration and its outputs are as after its last successful run.</summary>
    UpToDate,
}
