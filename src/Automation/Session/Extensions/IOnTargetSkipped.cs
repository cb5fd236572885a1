namespace Automation;

/// <summary>A build extension called when a target is skipped (NUKE's <c>IOnTargetSkipped</c>).</summary>
public interface IOnTargetSkipped : IBuildExtension
{
    /// <summary>Called when a target is skipped.</summary>
    /// <param name="target">The target.</param>
    void OnTargetSkipped(ExecutableTarget target);
}
