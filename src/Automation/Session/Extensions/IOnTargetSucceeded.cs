namespace Automation;

/// <summary>A build extension called when a target succeeded (also when it was up to date) (NUKE's <c>IOnTargetSucceeded</c>).</summary>
public interface IOnTargetSucceeded : IBuildExtension
{
    /// <summary>Called when a target succeeded (also when it was up to date).</summary>
    /// <param name="target">The target.</param>
    void OnTargetSucceeded(ExecutableTarget target);
}
