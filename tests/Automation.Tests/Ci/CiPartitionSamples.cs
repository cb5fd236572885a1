namespace Automation.Tests.Ci;

/// <summary>Build classes with a target split over parallel CI jobs (<c>.Partition(3)</c>), shared by the partition tests.</summary>
public static class CiPartitionSamples
{
    /// <summary>Unit tests in three parallel jobs after compile; pack waits for all three and downloads their results.</summary>
    [GitHubActions("partition", On = [GitHubActionsTrigger.Push], InvokedTargets = ["pack"], FanOut = ["unit-test"], ArtifactPaths = ["artifacts/packages"])]
    [AzurePipelines("partition", TriggerBranches = ["main"], InvokedTargets = ["pack"], FanOut = ["unit-test"], ArtifactPaths = ["artifacts/packages"])]
    [GitLabCI(InvokedTargets = ["pack"], FanOut = ["unit-test"], ArtifactPaths = ["artifacts/packages"])]
    [TeamCity(VcsTriggeredTargets = ["pack"], NightlyTriggeredTargets = ["unit-test"])]
    public sealed class Split : PartitionedBuild;

    /// <summary>Pack triggers publish: on TeamCity, publish starts when pack finishes.</summary>
    [TeamCity(VcsTriggeredTargets = ["pack"])]
    public sealed class Triggered : CiFanOutSamples.TriggeringBuild;

    /// <summary>The split target alone, on two images: one job per image and part.</summary>
    [GitHubActions("partition-matrix", On = [GitHubActionsTrigger.Push], InvokedTargets = ["unit-test"], Images = ["ubuntu-latest", "windows-latest"])]
    public sealed class SplitOverImages : PartitionedBuild;

    /// <summary>AppVeyor cannot gather parts: the split target runs whole, with pack, in the one job.</summary>
    [AppVeyor("partition", AppVeyorImage.UbuntuLatest, InvokedTargets = ["unit-test", "pack"])]
    public sealed class SplitOnAppVeyor : PartitionedBuild;

    /// <summary>Parameters TeamCity offers on its run dialog: a plain one, an imported variable, and a secret it must not offer.</summary>
    [TeamCity(VcsTriggeredTargets = ["compile"], ImportVariables = ["nuget-source"])]
    public sealed class WithParameters : AutomationBuild
    {
        [Parameter("Configuration to build")] readonly string Configuration = "Release";
        [Parameter] readonly string? NuGetSource = null;
        [Parameter("NuGet API key"), Secret] readonly string? NuGetApiKey = null;

        Target Compile => _ => _.Executes(() => Support.Trace.Record($"{Configuration} {NuGetSource} {NuGetApiKey}"));
    }

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
