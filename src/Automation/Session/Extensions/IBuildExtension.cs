namespace Automation;

/// <summary>
/// An attribute on the build class that takes part in the build's lifecycle (NUKE's <c>IBuildExtension</c>). Derive
/// from <see cref="BuildExtensionAttributeBase"/> and implement the hooks wanted: <see cref="IOnBuildCreated"/>,
/// <see cref="IOnBuildInitialized"/>, <see cref="IOnTargetRunning"/>, <see cref="IOnTargetSucceeded"/>,
/// <see cref="IOnTargetFailed"/>, <see cref="IOnTargetSkipped"/>, <see cref="IOnBuildFinished"/>.
/// </summary>
public interface IBuildExtension
{
    /// <summary>Extensions with a higher priority are called first.</summary>
    float Priority { get; }
}
