using Automation.Ci;
using Automation.Components;
using Automation.Tests.Support;
using YamlDotNet.RepresentationModel;
using static Automation.Tests.Ci.WorkflowYaml;

namespace Automation.Tests.Ci;

/// <summary>
/// CI jobs that push the delivery ledger get the right to push, and only they: GitHub job permissions (merged with the
/// workflow's own), Azure Pipelines credentials kept by the checkout.
/// </summary>
public sealed class CiLedgerPushTests
{
    public static TheoryData<string, string> Files => new()
    {
        { ".github/workflows/delivery.yml", "github-actions.delivery" },
        { ".azure-pipelines/delivery.yml", "azure-pipelines.delivery" },
        { ".gitlab-ci.yml", "gitlab.delivery" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_pipeline_whose_deploy_jobs_push_the_ledger_matches_the_expected_file(string path, string expected) =>
        ExpectedFile.Match(Content(new DeployOnlyPushes(), path), expected);

    [Fact]
    public void Only_the_GitHub_deploy_jobs_may_write_the_contents_with_the_workflow_s_other_permissions()
    {
        var workflow = Parse(Content(new DeployOnlyPushes(), ".github/workflows/delivery.yml"));
        var jobs = (YamlMappingNode)workflow["jobs"];

        Assert.Equal("read", Text(workflow, "permissions", "contents"));
        Assert.False(((YamlMappingNode)jobs["compile"]).Children.ContainsKey("permissions"));
        Assert.False(((YamlMappingNode)jobs["test"]).Children.ContainsKey("permissions"));
        foreach (var deploy in new[] { "deploy-staging", "deploy-production" })
        {
            // A job's permissions replace the workflow's: the ones the build asked for are all there.
            var permissions = ((YamlMappingNode)At(jobs, deploy, "permissions")).Children.ToDictionary(p => p.Key.ToString(), p => p.Value.ToString());
            Assert.Equal(new Dictionary<string, string> { ["contents"] = "write", ["pull-requests"] = "read", ["packages"] = "write" }, permissions);
        }
    }

    [Fact]
    public void Every_GitHub_job_of_a_build_that_records_its_stages_may_write_the_contents()
    {
        var jobs = (YamlMappingNode)Parse(Content(new RecordsStages(), ".github/workflows/recording.yml"))["jobs"];

        Assert.Equal(["compile", "test", "deploy-staging"], jobs.Children.Keys.Select(k => k.ToString()));
        Assert.All(jobs.Children.Values, job => Assert.Equal("write", Text(job, "permissions", "contents")));
    }

    [Fact]
    public void Azure_keeps_the_checkout_s_credentials_only_in_the_jobs_that_push()
    {
        var jobs = Items(Parse(Content(new DeployOnlyPushes(), ".azure-pipelines/delivery.yml")), "jobs");

        var kept = jobs.ToDictionary(
            job => (job.Children.ContainsKey("job") ? job["job"] : job["deployment"]).ToString(),
            job => Checkout(job).Children.ContainsKey("persistCredentials"));
        Assert.Equal(new Dictionary<string, bool> { ["compile"] = false, ["test"] = false, ["deploy_staging"] = true, ["deploy_production"] = true }, kept);
        Assert.Equal("true", Text(Checkout(jobs[^1]), "persistCredentials"));
    }

    [Fact]
    public void A_workflow_that_already_writes_the_contents_adds_no_job_permissions()
    {
        var content = Content(new WritesContents(), ".github/workflows/writes.yml");

        Assert.Equal("write", Text(Parse(content), "permissions", "contents"));
        Assert.Single(content.Split('\n'), line => line.TrimStart().StartsWith("permissions:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_build_that_pushes_nothing_gets_no_job_permissions()
    {
        var jobs = (YamlMappingNode)Parse(Content(new CiDeployJobTests.Delivering(), ".github/workflows/delivery.yml"))["jobs"];

        Assert.All(jobs.Children.Values, job => Assert.False(((YamlMappingNode)job).Children.ContainsKey("permissions")));
        Assert.DoesNotContain("persistCredentials", Content(new CiDeployJobTests.Delivering(), ".azure-pipelines/delivery.yml"), StringComparison.Ordinal);
    }

    private static YamlMappingNode Checkout(YamlMappingNode job)
    {
        var steps = job.Children.ContainsKey("steps") ? At(job, "steps") : At(job, "strategy", "runOnce", "deploy", "steps");
        return ((YamlSequenceNode)steps).Children.Cast<YamlMappingNode>().Single(step => step.Children.ContainsKey("checkout"));
    }

    [GitHubActions(
        "delivery",
        On = [GitHubActionsTrigger.Push],
        InvokedTargets = ["test"],
        FanOut = ["compile"],
        ReadPermissions = [GitHubActionsPermissions.PullRequests],
        WritePermissions = [GitHubActionsPermissions.Packages],
        DeployEnvironments = ["staging", "production"])]
    [AzurePipelines("delivery", TriggerBranches = ["main"], InvokedTargets = ["test"], FanOut = ["compile"], DeployEnvironments = ["staging", "production"])]
    [GitLabCI(OnPushBranches = ["main"], InvokedTargets = ["test"], FanOut = ["compile"], DeployEnvironments = ["staging", "production"])]
    public sealed class DeployOnlyPushes : AutomationBuild, IDeliver
    {
        Target Compile => _ => _.Executes(() => { });

        Target Test => _ => _.DependsOn(Compile).Executes(() => { });

        // Only the delivery targets write the ledger.
        bool IDeliver.RecordsBuildStages => false;
    }

    [GitHubActions("recording", On = [GitHubActionsTrigger.Push], InvokedTargets = ["test"], FanOut = ["compile"], DeployEnvironments = ["staging"])]
    public sealed class RecordsStages : AutomationBuild, IDeliver
    {
        Target Compile => _ => _.Executes(() => { });

        Target Test => _ => _.DependsOn(Compile).Executes(() => { });
    }

    [GitHubActions("writes", On = [GitHubActionsTrigger.Push], InvokedTargets = ["test"], WritePermissions = [GitHubActionsPermissions.Contents], DeployEnvironments = ["staging"])]
    public sealed class WritesContents : AutomationBuild, IDeliver
    {
        Target Test => _ => _.Executes(() => { });
    }
}
