using Automation.Ci;

namespace Automation.Tests.Namespaces;

/// <summary>CI generation takes qualified target names; job ids, where CI systems allow no dots, use dashes.</summary>
public sealed class NamespaceCiTests
{
    [GitHubActions("docs", On = [GitHubActionsTrigger.Push], InvokedTargets = ["site"], FanOut = ["Docs.Build"])]
    private sealed class CiBuild : AutomationBuild, IDocs
    {
        Target Site => _ => _.DependsOn<IDocs>().Executes(() => { });
    }

    [Fact]
    public void A_fanned_out_namespaced_target_gets_a_job_with_a_dashed_id_that_runs_its_qualified_name()
    {
        var workflow = Assert.Single(CiFiles.Generate(new CiBuild())).Content.ReplaceLineEndings("\n");

        Assert.Contains("\n  docs-build:\n", workflow, StringComparison.Ordinal);
        Assert.Contains("run: ./build.sh docs.build\n", workflow, StringComparison.Ordinal);
        Assert.Contains("needs:\n      - docs-build\n", workflow, StringComparison.Ordinal);
        Assert.Contains("run: ./build.sh site", workflow, StringComparison.Ordinal);
    }
}
