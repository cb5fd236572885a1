namespace Automation;

/// <summary>A build extension called when the last target ended (NUKE's <c>IOnBuildFinished</c>).</summary>
public interface IOnBuildFinished : IBuildExtension
{
    /// <summary>Called when the last target ended, before the summary; <see cref="AutomationBuild.IsSuccessful"/> tells the outcome.</summary>
    void OnBuildFinished();
}
