namespace Automation.IntegrationTests.Versioning;

/// <summary>
/// Replays GitVersion 6.8's tests of <c>semantic-version-format: Loose</c> (ReleaseBranchScenarios): versions such as
/// <c>1.2</c>, <c>1</c> and <c>1.2.3.4</c> in tags and branch names count only in the Loose format.
/// </summary>
public sealed class SemanticVersionFormatScenariosTests
{
    // GitVersion: ReleaseBranchScenarios.ShouldDetectVersionInReleaseBranch
    [Theory]
    [InlineData("release/1.2.0", "1.2.0-beta.1+1", "Loose")]
    [InlineData("release/1.2.0", "1.2.0-beta.1+1", "Strict")]
    [InlineData("release/1.2", "1.2.0-beta.1+1", "Loose")]
    [InlineData("release/1", "1.0.0-beta.1+1", "Loose")]
    public void The_version_in_a_release_branch_name(string branch, string expected, string format)
    {
        using var repo = VersioningRepository.Create(branch);
        repo.Configure($"semantic-version-format: {format}\n");
        repo.Commit();

        repo.AssertFullSemVer(expected);
    }

    // GitVersion: ReleaseBranchScenarios.ReleaseBranchShouldUseBranchNameVersionDespiteBumpInPreviousCommit
    [Fact]
    public void A_short_release_branch_version_wins_over_an_earlier_bump()
    {
        using var repo = VersioningRepository.Create();
        repo.Configure("semantic-version-format: Loose\n");
        repo.TaggedCommit("1.0");
        repo.Commit("+semver:major");
        repo.Commit();
        repo.BranchTo("release/2.0");

        repo.AssertFullSemVer("2.0.0-beta.1+2");
    }

    [Fact]
    public void Short_tags_count_only_in_the_loose_format()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.2");
        repo.Commit();
        repo.AssertFullSemVer("0.0.1-2");

        repo.Configure("semantic-version-format: Loose\n");
        repo.AssertFullSemVer("1.2.1-1");

        repo.TaggedCommit("v2.3.4.5");
        repo.AssertFullSemVer("2.3.4");
    }
}
