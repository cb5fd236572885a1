using Automation.Versioning.Configuration;

namespace Automation.Tests.Versioning;

/// <summary>
/// GitVersion 6.8.2's <c>AlignGitFlowWithMainlineVersionStrategy</c>, <c>AlignGitHubFlowWithMainlineVersionStrategy</c>
/// and <c>CompareTheDifferentWhenUsingMainlineVersionStrategyWith…</c> (GitVersion.Core.Tests/IntegrationTests), replayed
/// by class and method name: each scenario runs twice, with the workflow's strategies and with only the Mainline
/// strategy (where the other strategies need a tag on main, the Mainline strategy counts the commits). Each step's
/// expected FullSemVer is GitVersion's. A few scenarios of the four classes are kept here; every case of all four
/// (1,665 cases, 18,033 expected versions) was replayed once against this engine and agreed (docs/versioning.md).
/// </summary>
public sealed class MainlineAlignmentScenarioTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AlignGitFlowWithMainlineVersionStrategy_EnsureFeatureWithIncrementInheritOnMainAndInheritOnFeatureBranch(bool useMainline) =>
        FeatureWithIncrementInheritOnMainAndOnFeature("GitFlow/v1", useMainline);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AlignGitHubFlowWithMainlineVersionStrategy_EnsureFeatureWithIncrementInheritOnMainAndInheritOnFeatureBranch(bool useMainline) =>
        FeatureWithIncrementInheritOnMainAndOnFeature("GitHubFlow/v1", useMainline);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CompareTheDifferentWhenUsingMainlineVersionStrategyWithGitFlow_EnsureFeatureDevelopmentWithDevelopBranchFast(bool useMainline)
    {
        // develop and the feature start on main's only commit: the feature's source is develop (git lists branches by
        // name, so develop comes before main where both share the commit), whose Minor increment it inherits.
        var repository = new TestRepository { Configuration = Configure("GitFlow/v1", useMainline) };
        Assert.Equal("0.0.1-1", repository.Commit("A").FullSemVer());
        if (!useMainline)
        {
            repository.Tag("0.0.1");
        }

        Assert.Equal("0.1.0-alpha.0", repository.BranchTo("develop").FullSemVer());
        Assert.Equal("0.1.0-foo.1+0", repository.BranchTo("feature/foo").FullSemVer());
        Assert.Equal("0.1.0-foo.1+1", repository.Commit("B").FullSemVer());
        Assert.Equal("0.1.0-foo.2+0", repository.Tag("0.1.0-foo.1").FullSemVer());
        Assert.Equal("0.1.0-foo.2+1", repository.Commit("C").FullSemVer());
        Assert.Equal("0.1.0-foo.2+2", repository.Commit("D").FullSemVer());
        Assert.Equal("0.1.0-PullRequest2.4", repository.Checkout("develop").BranchTo("pull/2/merge").MergeNoFF("feature/foo").FullSemVer());
        repository.Checkout("feature/foo").RemoveBranch("pull/2/merge");
        Assert.Equal("0.1.0-alpha.4", repository.MergeTo("develop", removeBranchAfterMerging: true).FullSemVer());
        Assert.Equal("0.1.0-PullRequest3.5", repository.Checkout("main").BranchTo("pull/3/merge").MergeNoFF("develop").FullSemVer());
        repository.Checkout("develop").RemoveBranch("pull/3/merge");
        Assert.Equal("0.1.0-5", repository.MergeTo("main").FullSemVer());
        if (!useMainline)
        {
            repository.Tag("0.1.0");
        }

        Assert.Equal("0.1.1-1", repository.Commit("E").FullSemVer());
    }

    /// <summary>Root increment Major, main ManualDeployment inheriting it, the feature inheriting too.</summary>
    private static void FeatureWithIncrementInheritOnMainAndOnFeature(string workflow, bool useMainline)
    {
        var configuration = Configure(workflow, useMainline);
        configuration = configuration with
        {
            Root = configuration.Root with { Increment = IncrementStrategy.Major },
            Branches = [.. configuration.Branches.Select(kv => kv.Key switch
            {
                "main" => new(kv.Key, kv.Value with { Mode = DeploymentMode.ManualDeployment, Increment = IncrementStrategy.Inherit }),
                "feature" => new(kv.Key, kv.Value with { Increment = IncrementStrategy.Inherit }),
                _ => kv,
            })],
        };
        var repository = new TestRepository { Configuration = configuration };
        Assert.Equal("1.0.0-1+1", repository.Commit("A").FullSemVer());
        if (!useMainline)
        {
            repository.Tag("1.0.0");
        }

        Assert.Equal("2.0.0-1+1", repository.Commit("B").FullSemVer());
        if (!useMainline)
        {
            repository.Tag("2.0.0");
        }

        Assert.Equal("3.0.0-foo.1+0", repository.BranchTo("feature/foo").FullSemVer());
        Assert.Equal("3.0.0-foo.1+1", repository.Commit("C").FullSemVer());
        Assert.Equal("3.0.0-foo.2+0", repository.Tag("3.0.0-foo.1").FullSemVer());
        Assert.Equal("3.0.0-foo.2+1", repository.Commit("D").FullSemVer());
        Assert.Equal("3.0.0-foo.2+2", repository.Commit("E").FullSemVer());
        Assert.Equal("3.0.0-1+4", repository.MergeTo("main").FullSemVer());
    }

    /// <summary>The workflow's defaults (GitVersion's configuration builders), with only the Mainline strategy when asked.</summary>
    private static VersioningConfiguration Configure(string workflow, bool useMainline)
    {
        var configuration = WorkflowDefaults.For(workflow)!;
        return useMainline ? configuration with { Strategies = VersionStrategies.Mainline } : configuration;
    }
}
