namespace Automation;

/// <summary>A build extension called when a target failed or was aborted (NUKE's <c>IOnTargetFailed</c>).</summary>
public interface IOnTargetFailed : IBuildExtension
{
    /// <summary>Called when a target failed or was aborted.</summary>
    /// <param name="target">The target.</param>
    void OnTargetFailed(ExecutableTarget target);
}
