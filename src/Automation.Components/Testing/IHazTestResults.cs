namespace Automation.Components;

/// <summary>Where the test components put TRX files and coverage: <c>artifacts/test-results/&lt;project&gt;/</c>.</summary>
public interface IHazTestResults : IHazArtifacts
{
    /// <summary>The folder holding one sub-folder of results per test project.</summary>
    AbsolutePath TestResultsDirectory => ArtifactsDirectory / "test-results";
}
