namespace Automation.Tests.Ci;

/// <summary>Build classes whose CI configuration fans the plan out across jobs, shared by the fan-out tests.</summary>
public static class CiFanOutSamples
{
    /// <summary>
    /// A compile job (a gate: it produces nothing, so later jobs compile again), unit and integration tests in parallel
    /// after it, each producing test results, and a pack job that needs both and downloads their results.
    /// </summary>
    [GitHubActions(
        "fanout",
        On = [GitHubActionsTrigger.PullRequest],
        OnPushBranches = ["main"],
        InvokedTargets = ["pack"],
        FanOut = ["unit-test", "integration-test", "compile"],
        ImportSecrets = ["nuget-api-key"],
        ImportVariables = ["nuget-source"],
        ArtifactPaths = ["artifacts/packages"])]
    [AzurePipelines(
        "fanout",
        TriggerBranches = ["main"],
        InvokedTargets = ["pack"],
        FanOut = ["compile", "unit-test", "integration-test"],
        ImportSecrets = ["nuget-api-key"],
        ImportVariables = ["nuget-source"],
        ArtifactPaths = ["artifacts/packages"])]
    [GitLabCI(
        On = [GitLabCITrigger.MergeRequest, GitLabCITrigger.Web],
        OnPushBranches = ["main", "release/*"],
        OnPushTags = ["v*"],
        InvokedTargets = ["pack"],
        FanOut = ["compile", "unit-test", "integration-test"],
        ImportVariables = ["nuget-source"],
        ArtifactPaths = ["artifacts/packages"])]
    public sealed class Tests : FanOutBuild;

    /// <summary>Fan-out over two images.</summary>
    [GitHubActions("bad", On = [GitHubActionsTrigger.Push], InvokedTargets = ["pack"], FanOut = ["unit-test"], Images = ["ubuntu-latest", "windows-latest"])]
    public sealed class OverAMatrix : FanOutBuild;

    /// <summary>Fans out a target the invoked ones do not need.</summary>
    [GitHubActions("bad", On = [GitHubActionsTrigger.Push], InvokedTargets = ["unit-test"], FanOut = ["integration-test"])]
    public sealed class OutsideThePlan : FanOutBuild;

    /// <summary>Fans out a target that does not exist.</summary>
    [GitHubActions("bad", On = [GitHubActionsTrigger.Push], InvokedTargets = ["pack"], FanOut = ["unit-tset"])]
    public sealed class UnknownTarget : FanOutBuild;

    /// <summary>Imports a secret parameter as a plain variable.</summary>
    [GitHubActions("bad", On = [GitHubActionsTrigger.Push], InvokedTargets = ["pack"], ImportVariables = ["nuget-api-key"])]
    public sealed class SecretAsVariable : FanOutBuild;

    /// <summary>Imports a variable no parameter reads.</summary>
    [GitHubActions("bad", On = [GitHubActionsTrigger.Push], InvokedTargets = ["pack"], ImportVariables = ["nuget-sorce"])]
    public sealed class UnknownVariable : FanOutBuild;

    /// <summary>Pack triggers publish, and each has a job: the pack job skips publish, the publish job waits for pack and downloads its packages.</summary>
    [GitHubActions("triggers", On = [GitHubActionsTrigger.Push], InvokedTargets = ["pack"], FanOut = ["pack", "publish"])]
    public sealed class Triggered : TriggeringBuild;

    /// <summary>Fans out a triggered target but not its trigger: its job would have nothing to wait for.</summary>
    [GitHubActions("bad", On = [GitHubActionsTrigger.Push], InvokedTargets = ["pack"], FanOut = ["publish"])]
    public sealed class TriggerNotFannedOut : TriggeringBuild;

    /// <summary>A build whose pack produces packages and triggers publish.</summary>
    public abstract class TriggeringBuild : AutomationBuild
    {
        Target Pack => _ => _.Produces("artifacts/packages").Executes(() => { });

        Target Publish => _ => _.TriggeredBy(Pack).Executes(() => { });
    }

    /// <summary>The targets of a .NET pipeline, with the folders the tests leave for later jobs.</summary>
    public abstract class FanOutBuild : AutomationBuild
    {
        [Parameter("NuGet feed to push to")] readonly string NuGetSource = "artifacts/feed";
        [Parameter("NuGet API key"), Secret] readonly string? NuGetApiKey = null;

        Target Compile => _ => _.Executes(() => Support.Trace.Record($"compile {NuGetSource} {NuGetApiKey?.Length}"));

        Target UnitTest => _ => _.DependsOn(Compile).Produces("artifacts/test-results").Executes(() => { });

        Target IntegrationTest => _ => _.DependsOn(Compile).After(UnitTest).Produces("artifacts/test-results").Executes(() => { });

        Target Test => _ => _.DependsOn(UnitTest, IntegrationTest);

        Target Pack => _ => _.DependsOn(Compile, Test).Executes(() => { });
    }
}
