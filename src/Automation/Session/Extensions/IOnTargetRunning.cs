namespace Automation;

/// <summary>A build extension called when a target starts (NUKE's <c>IOnTargetRunning</c>).</summary>
public interface IOnTargetRunning : IBuildExtension
{
    /// <summary>Called when a target starts.</summary>
    /// <param name="target">The target.</param>
    void OnTargetRunning(ExecutableTarget target);
}
