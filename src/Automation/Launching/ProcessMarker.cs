namespace Automation.Launching;

/// <summary>
/// Marks a command's environment with a unique value that every process it starts inherits, so that one which left
/// the tree (its parent died and it was re-parented elsewhere) is still found and killed with it: Ctrl+C in a
/// terminal signals the whole process group, a shell dies of it, and its background jobs (which ignore SIGINT) live
/// on. A process that clears its environment loses the marker; <see cref="ProcessTreeKiller"/> finds it by parent.
/// </summary>
internal static class ProcessMarker
{
    public const string Variable = "AUTOMATION_COMMAND_ID";

    public static string New() => Guid.NewGuid().ToString("N");

    /// <summary>The variable's value for a command: the inherited markers (a build run by a build) plus its own.</summary>
    public static string Value(string marker, string? inherited) => string.IsNullOrEmpty(inherited) ? marker : $"{inherited},{marker}";
}
