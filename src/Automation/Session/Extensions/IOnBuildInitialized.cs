namespace Automation;

/// <summary>A build extension called once the plan is made (NUKE's <c>IOnBuildInitialized</c>).</summary>
public interface IOnBuildInitialized : IBuildExtension
{
    /// <summary>Called after parameters are bound and the plan is made, before the first target runs.</summary>
    /// <param name="executableTargets">Every target of the build.</param>
    /// <param name="executionPlan">The planned targets, in the order they run.</param>
    void OnBuildInitialized(IReadOnlyCollection<ExecutableTarget> executableTargets, IReadOnlyCollection<ExecutableTarget> executionPlan);
}
