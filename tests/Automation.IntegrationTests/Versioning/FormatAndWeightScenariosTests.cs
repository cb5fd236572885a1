namespace Automation.IntegrationTests.Versioning;

/// <summary>
/// Replays GitVersion 6.8's tests of the format keys and the pre-release weights: VersionInTagScenarios, and the
/// weight and format tests of ReleaseBranchScenarios and FeatureBranchScenarios. GitVersion's configuration builders
/// are reproduced as a GitVersion.yml.
/// </summary>
public sealed class FormatAndWeightScenariosTests
{
    private const string WeightedFileVersion = "assembly-file-versioning-format: '{Major}.{Minor}.{Patch}.{WeightedPreReleaseNumber}'\n";

    // GitVersion: VersionInTagScenarios.TagPreReleaseWeightIsNotConfigured_HeadIsATaggedCommit_WeightedPreReleaseNumberShouldBeTheDefaultValue
    [Fact]
    public void A_tagged_head_is_weighted_with_the_default_tag_weight()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure(WeightedFileVersion);
        repo.TaggedCommit("1.1.0");

        Assert.Equal("1.1.0.60000", repo.Calculate().AssemblySemFileVer);
    }

    // GitVersion: VersionInTagScenarios.TagPreReleaseWeightIsConfigured_HeadIsATaggedCommit_WeightedPreReleaseNumberShouldBeTheSameAsTheTagPreReleaseWeight
    [Fact]
    public void A_tagged_head_is_weighted_with_the_configured_tag_weight()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure(WeightedFileVersion + "tag-pre-release-weight: 65535\n");
        repo.TaggedCommit("1.1.0");

        Assert.Equal("1.1.0.65535", repo.Calculate().AssemblySemFileVer);
    }

    // GitVersion: VersionInTagScenarios.TagPreReleaseWeightIsConfigured_GitFlowReleaseIsFinished_WeightedPreReleaseNumberShouldBeTheSameAsTheTagPreReleaseWeight
    [Fact]
    public void A_finished_release_is_weighted_with_the_configured_tag_weight() =>
        Assert.Equal("1.1.0.65535", FinishedRelease(WeightedFileVersion + "tag-pre-release-weight: 65535\n").AssemblySemFileVer);

    // GitVersion: VersionInTagScenarios.TagPreReleaseWeightIsNotConfigured_GitFlowReleaseIsFinished_WeightedPreReleaseNumberShouldBeTheDefaultValue
    [Fact]
    public void A_finished_release_is_weighted_with_the_default_tag_weight() =>
        Assert.Equal("1.1.0.60000", FinishedRelease(WeightedFileVersion).AssemblySemFileVer);

    // GitVersion: ReleaseBranchScenarios.AssemblySemFileVerShouldBeWeightedByPreReleaseWeight
    [Fact]
    public void A_release_branch_is_weighted_with_its_pre_release_weight()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure(WeightedFileVersion + "branches:\n  release:\n    pre-release-weight: 1000\n");
        repo.TaggedCommit("1.0.3");
        repo.Commits(5);
        repo.CreateBranch("release-2.0.0");
        repo.Checkout("release-2.0.0");

        Assert.Equal("2.0.0.1001", repo.Calculate().AssemblySemFileVer);
    }

    // GitVersion: ReleaseBranchScenarios.AssemblySemFileVerShouldBeWeightedByDefaultPreReleaseWeight
    [Fact]
    public void A_release_branch_is_weighted_with_the_default_pre_release_weight()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure(WeightedFileVersion);
        repo.TaggedCommit("1.0.3");
        repo.Commits(5);
        repo.CreateBranch("release-2.0.0");
        repo.Checkout("release-2.0.0");

        var version = repo.Calculate();
        Assert.Equal(("2.0.0.30001", 30001), (version.AssemblySemFileVer, version.WeightedPreReleaseNumber));
    }

    // GitVersion: FeatureBranchScenarios.ShouldHaveAGreaterSemVerAfterDevelopIsMergedIntoFeature
    [Fact]
    public void An_environment_fallback_in_the_file_version_and_the_major_scheme()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("""
            assembly-versioning-scheme: Major
            assembly-file-versioning-format: '{MajorMinorPatch}.{env:WeightedPreReleaseNumber ?? 0}'
            commit-message-incrementing: Disabled
            branches:
              main:
                mode: ContinuousDelivery
              develop:
                prevent-increment:
                  of-merged-branch: true
              feature:
                label: 'feat-{BranchName}'
                mode: ContinuousDelivery
            """);
        repo.Commit();
        repo.BranchTo("develop");
        repo.Commit();
        repo.Tag("16.23.0");
        repo.Commit();
        repo.BranchTo("feature/featX");
        repo.Commit();
        repo.Checkout("develop");
        repo.Commit();
        repo.Checkout("feature/featX");
        repo.MergeNoFF("develop");

        var version = repo.AssertFullSemVer("16.24.0-feat-featX.4");
        Assert.Equal(("16.0.0.0", "16.24.0.0"), (version.AssemblySemVer, version.AssemblySemFileVer));
        Assert.Equal("16.24.0.7", repo.Calculate(environment: new Dictionary<string, string> { ["WeightedPreReleaseNumber"] = "7" }).AssemblySemFileVer);
    }

    [Fact]
    public void The_informational_format_reads_the_build_environment()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("assembly-informational-format: '{Major}.{Minor}.{Patch}.{env:CI_JOB_ID ?? 0}+{ShortSha}'\n");
        repo.TaggedCommit("1.2.3");
        var sha = repo.Head;

        Assert.Equal($"1.2.3.0+{sha[..7]}", repo.Calculate().InformationalVersion);
        Assert.Equal($"1.2.3.815+{sha[..7]}", repo.Calculate(environment: new Dictionary<string, string> { ["CI_JOB_ID"] = "815" }).InformationalVersion);
    }

    /// <summary>GitVersion's finished GitFlow release: develop merged to main, a release branch, merged back and tagged on main.</summary>
    private static Automation.Versioning.VersionVariables FinishedRelease(string yaml)
    {
        using var repo = VersioningRepository.CreateGitFlow("1.0.0");
        repo.Configure(yaml);
        repo.Checkout("main");
        repo.MergeNoFF("develop");
        repo.Checkout("develop");
        repo.Commit("Feature commit 1");
        repo.BranchTo("release/1.1.0");
        repo.Commit("Release commit 1");
        repo.AssertFullSemVer("1.1.0-beta.1+3");
        repo.Checkout("main");
        repo.MergeNoFF("release/1.1.0");
        repo.Tag("1.1.0");
        return repo.Calculate();
    }
}
