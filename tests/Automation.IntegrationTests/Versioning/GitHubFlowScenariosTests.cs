namespace Automation.IntegrationTests.Versioning;

/// <summary>
/// The GitHubFlow/v1 workflow. Replays the GitHubFlow scenarios of GitTools/GitVersion
/// src/GitVersion.Core.Tests/IntegrationTests/OtherScenarios.cs (6.x), which use <c>GitHubFlowConfigurationBuilder</c>.
/// </summary>
public sealed class GitHubFlowScenariosTests
{
    // GitVersion: OtherScenarios.EnsurePreReleaseTagLabelWillBeConsideredIfCurrentBranchIsRelease
    [Fact]
    public void A_pre_release_tag_counts_on_a_release_branch()
    {
        using var repo = VersioningRepository.Create(initialBranch: "release/2.0.0");
        repo.Configure("workflow: GitHubFlow/v1\n");
        repo.Commit();
        repo.AssertFullSemVer("2.0.0-beta.1+1");

        repo.Tag("2.0.0-beta.1");
        repo.AssertFullSemVer("2.0.0-beta.2+0");

        repo.Commit();
        repo.AssertFullSemVer("2.0.0-beta.2+1");
    }

    // GitVersion: OtherScenarios.EnsurePreReleaseTagLabelWillBeConsideredIfLabelIsEmpty
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_pre_release_tag_counts_when_the_label_is_empty(int patch)
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("""
            workflow: GitHubFlow/v1
            branches:
              main:
                mode: ManualDeployment
                label: ''
                increment: Patch
            """);
        repo.Commit();
        repo.AssertFullSemVer("0.0.1-1+1");

        // Pre-release tags whose label differs from the branch's (empty) label do not reset the count.
        repo.Tag($"0.0.{patch}-alpha.1");
        repo.AssertFullSemVer($"0.0.{patch}-1+1");
        repo.Commit();
        repo.AssertFullSemVer($"0.0.{patch}-1+2");
        repo.Commit();
        repo.AssertFullSemVer($"0.0.{patch}-1+3");
        repo.TaggedCommit($"0.0.{patch}-beta.1");
        repo.AssertFullSemVer($"0.0.{patch}-1+4");
        repo.Commit();
        repo.AssertFullSemVer($"0.0.{patch}-1+5");
        repo.TaggedCommit($"0.0.{patch}-beta.2");
        repo.AssertFullSemVer($"0.0.{patch}-1+6");
        repo.Commit();
        repo.AssertFullSemVer($"0.0.{patch}-1+7");

        repo.Tag($"0.0.{patch}");
        repo.AssertFullSemVer($"0.0.{patch}");
        repo.Commit();
        repo.AssertFullSemVer($"0.0.{patch + 1}-1+1");
    }

    // GitVersion: OtherScenarios.EnsurePreReleaseTagLabelWillBeConsideredIfBetaLabelIsDefined
    /// <summary>The <c>patchNumber: 2</c> case.</summary>
    [Fact]
    public void A_pre_release_tag_counts_when_the_label_is_beta()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("""
            workflow: GitHubFlow/v1
            branches:
              main:
                mode: ManualDeployment
                label: beta
                increment: Patch
            """);
        repo.Commit();
        repo.AssertFullSemVer("0.0.1-beta.1+1");

        repo.Tag("0.0.2-alpha.1");
        repo.AssertFullSemVer("0.0.2-beta.1+1");
        repo.Commit();
        repo.AssertFullSemVer("0.0.2-beta.1+2");
        repo.Commit();
        repo.AssertFullSemVer("0.0.2-beta.1+3");
        repo.TaggedCommit("0.0.2-beta.1");
        repo.AssertFullSemVer("0.0.2-beta.1");
        repo.Commit();
        repo.AssertFullSemVer("0.0.2-beta.2+1");
        repo.TaggedCommit("0.0.2-beta.2");
        repo.AssertFullSemVer("0.0.2-beta.2");
        repo.Commit();
        repo.AssertFullSemVer("0.0.2-beta.3+1");

        repo.Tag("0.0.2");
        repo.AssertFullSemVer("0.0.2");
        repo.Commit();
        repo.AssertFullSemVer("0.0.3-beta.1+1");
    }
}
