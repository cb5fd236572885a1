namespace Automation.Tests.Ci;

/// <summary>Build classes with a target split over parallel CI jobs (<c>.Partition(3)</c>), shared by the partition tests.</summary>
public static class CiPartitionSamples
{
    /// <summary>Unit tests in three parallel jobs after compile; pack waits for all three and downloads their results.</summary>
    [GitHubActions("partition", On = [GitHubActionsTrigger.Push], InvokedTargets = ["pack"], FanOut = ["unit-test"], ArtifactPaths = ["artifacts/packages"])]
    [AzurePipelines("partition", TriggerBranches = ["main"], InvokedTargets = ["pack"], FanOut = ["unit-test"], ArtifactPaths = ["artifacts/packages"])]
    [GitLabCI(InvokedTargets = ["pack"], FanOut = ["unit-test"], ArtifactPaths = ["artifacts/packages"])]
    public sealed class Split : PartitionedBuild;

    /// <summary>The split target alone, on two images: one job per image and part.</summary>
    [GitHubActions("partition-matrix", On = [GitHubActionsTrigger.Push], InvokedTargets = ["unit-test"], Images = ["ubuntu-latest", "windows-latest"])]
    public sealed class SplitOverImages : PartitionedBuild;

    /// <summary>The split target in one job with pack: pack would run three times.</summary>
    [GitHubActions("bad", On = [GitHubActionsTrigger.Push], InvokedTargets = ["unit-test", "pack"])]
    public sealed class SplitSharingAJob : PartitionedBuild;

    /// <summary>Compile, unit tests split in three, pack.</summary>
    public abstract class PartitionedBuild : AutomationBuild
    {
        Target Compile => _ => _.Executes(() => { });

        Target UnitTest => _ => _.DependsOn(Compile).Partition(3).Produces("artifacts/test-results").Executes(() => { });

        Target Pack => _ => _.DependsOn(UnitTest).Produces("artifacts/packages").Executes(() => { });
    }
}
