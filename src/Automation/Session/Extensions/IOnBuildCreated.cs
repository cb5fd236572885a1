namespace Automation;

/// <summary>A build extension called once the build's targets are known (NUKE's <c>IOnBuildCreated</c>).</summary>
public interface IOnBuildCreated : IBuildExtension
{
    /// <summary>Called once the build's targets are discovered, before any of them is planned or run.</summary>
    /// <param name="executableTargets">Every target of the build.</param>
    void OnBuildCreated(IReadOnlyCollection<ExecutableTarget> executableTargets);
}
