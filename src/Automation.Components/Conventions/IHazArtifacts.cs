namespace Automation.Components;

/// <summary>Where the components put what a build produces: <c>artifacts/</c> under the root (git-ignored).</summary>
public interface IHazArtifacts : IAutomationBuild
{
    /// <summary>The folder holding test results, coverage reports, packages and the local feed.</summary>
    AbsolutePath ArtifactsDirectory => RootDirectory / "artifacts";
}
