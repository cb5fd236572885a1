namespace Automation;

/// <summary>
/// What every build offers its targets. Component interfaces extend it, so their default implementations can
/// use <see cref="RootDirectory"/> and the rest: <c>interface IClean : IAutomationBuild { ... }</c>.
/// </summary>
public interface IAutomationBuild
{
    /// <summary>The repository root: <c>--root</c>, or the nearest ancestor of the working directory holding <c>.nuke/</c>.</summary>
    AbsolutePath RootDirectory { get; }

    /// <summary><c>.nuke/temp</c> under the root: logs, caches, last-run state (git-ignored).</summary>
    AbsolutePath TemporaryDirectory { get; }

    /// <summary>Whether commands are echoed instead of started (<c>--dry-run</c>).</summary>
    bool IsDryRun { get; }

    /// <summary>The output verbosity (<c>--verbosity</c>).</summary>
    Verbosity Verbosity { get; }

    /// <summary>The output host: <c>terminal</c>, <c>github-actions</c>, <c>azure-pipelines</c>, ...</summary>
    string HostName { get; }
}
