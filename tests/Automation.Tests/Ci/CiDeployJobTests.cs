using Automation.Ci;
using YamlDotNet.RepresentationModel;
using static Automation.Tests.Ci.WorkflowYaml;

namespace Automation.Tests.Ci;

public sealed class CiDeployJobTests
{
    [Fact]
    public void GitHub_deploy_jobs_run_in_order_after_the_build_bound_to_their_environment()
    {
        var jobs = (YamlMappingNode)Parse(Content(new Delivering(), ".github/workflows/delivery.yml"))["jobs"];

        Assert.Equal(["test", "deploy-staging", "deploy-production"], jobs.Children.Keys.Select(k => k.ToString()));
        Assert.Equal("staging", Text(jobs, "deploy-staging", "environment"));
        Assert.Equal("production", Text(jobs, "deploy-production", "environment"));
        Assert.Equal(["test"], Texts(jobs, "deploy-staging", "needs"));
        Assert.Equal(["deploy-staging"], Texts(jobs, "deploy-production", "needs"));
        Assert.False(((YamlMappingNode)jobs["test"]).Children.ContainsKey("environment"));
        var run = ((YamlSequenceNode)At(jobs, "deploy-production", "steps")).Children.Cast<YamlMappingNode>().Single(s => s.Children.ContainsKey("run"));
        Assert.Equal("./build.sh deploy --env production", run["run"].ToString());
    }

    [Fact]
    public void Azure_deploys_in_deployment_jobs_with_their_environment()
    {
        var jobs = ((YamlSequenceNode)Parse(Content(new Delivering(), ".azure-pipelines/delivery.yml"))["jobs"]).Children.Cast<YamlMappingNode>().ToList();

        var production = jobs.Single(j => j.Children.ContainsKey("deployment") && j["deployment"].ToString() == "deploy_production");
        Assert.Equal("production", production["environment"].ToString());
        Assert.Equal(["deploy_staging"], ((YamlSequenceNode)production["dependsOn"]).Children.Select(c => c.ToString()));
        var steps = (YamlSequenceNode)At(production, "strategy", "runOnce", "deploy", "steps");
        Assert.Contains(steps.Children.Cast<YamlMappingNode>(), s => s.Children.ContainsKey("script") && s["script"].ToString() == "./build.sh deploy --env production");
        Assert.Equal("test", jobs[0]["job"].ToString());
    }

    [Fact]
    public void GitLab_deploy_jobs_name_their_environment()
    {
        var root = Parse(Content(new Delivering(), ".gitlab-ci.yml"));

        Assert.Equal("staging", Text(root, "deploy-staging", "environment", "name"));
        Assert.Equal("production", Text(root, "deploy-production", "environment", "name"));
        Assert.Equal("deploy-staging", Text(((YamlSequenceNode)At(root, "deploy-production", "needs")).Children[0], "job"));
    }

    [Fact]
    public void An_environment_name_that_cannot_name_a_job_is_refused()
    {
        var error = Assert.ThrowsAny<Exception>(() => CiFiles.Generate(new BadEnvironment()));
        Assert.Contains("name environments with letters, digits", error.Message, StringComparison.Ordinal);
    }

    [GitHubActions("delivery", On = [GitHubActionsTrigger.Push], InvokedTargets = ["test"], DeployEnvironments = ["staging", "production"])]
    [AzurePipelines("delivery", TriggerBranches = ["main"], InvokedTargets = ["test"], DeployEnvironments = ["staging", "production"])]
    [GitLabCI(OnPushBranches = ["main"], InvokedTargets = ["test"], DeployEnvironments = ["staging", "production"])]
    public sealed class Delivering : AutomationBuild
    {
        Target Test => _ => _.Executes(() => { });

        Target Deploy => _ => _.Executes(() => { });
    }

    [GitHubActions("bad", On = [GitHubActionsTrigger.Push], InvokedTargets = ["test"], DeployEnvironments = ["pro duction"])]
    public sealed class BadEnvironment : AutomationBuild
    {
        Target Test => _ => _.Executes(() => { });

        Target Deploy => _ => _.Executes(() => { });
    }
}
