using System.Globalization;

namespace Automation.IntegrationTests.Versioning;

/// <summary>
/// The output variables beyond FullSemVer, with GitVersion 6's names and formats. The commit dates come from the
/// fixture's fixed calendar, so CommitDate is exact. (VersionVariables has no JSON serializer in the contract, so the
/// <c>/output json</c> shape is not tested here.)
/// </summary>
public sealed class OutputVariablesTests
{
    [Fact]
    public void Feature_branch_variables()
    {
        using var repo = VersioningRepository.Create();
        var source = repo.TaggedCommit("1.0.0");
        repo.BranchTo("feature/JIRA-123");
        repo.Commits(5);
        var sha = repo.Head;

        var v = repo.AssertFullSemVer("1.0.1-JIRA-123.1+5");

        var context = VersioningRepository.Format(v);
        Assert.True(v.Major == 1 && v.Minor == 0 && v.Patch == 1, context);
        Assert.Equal("1.0.1", v.MajorMinorPatch);
        Assert.Equal("JIRA-123.1", v.PreReleaseTag);
        Assert.Equal("-JIRA-123.1", v.PreReleaseTagWithDash);
        Assert.Equal("JIRA-123", v.PreReleaseLabel);
        Assert.Equal("-JIRA-123", v.PreReleaseLabelWithDash);
        Assert.Equal(1, v.PreReleaseNumber);
        Assert.Equal(30001, v.WeightedPreReleaseNumber); // feature pre-release-weight 30000
        Assert.Equal(5, v.BuildMetaData);
        Assert.Equal($"5.Branch.feature-JIRA-123.Sha.{sha}", v.FullBuildMetaData);
        Assert.Equal("1.0.1-JIRA-123.1", v.SemVer);
        Assert.Equal($"1.0.1-JIRA-123.1+5.Branch.feature-JIRA-123.Sha.{sha}", v.InformationalVersion);
        Assert.Equal("1.0.1.0", v.AssemblySemVer); // assembly-versioning-scheme: MajorMinorPatch
        Assert.Equal("1.0.1.0", v.AssemblySemFileVer);
        Assert.Equal("feature/JIRA-123", v.BranchName);
        Assert.Equal("feature-JIRA-123", v.EscapedBranchName);
        Assert.Equal(sha, v.Sha);
        Assert.Equal(sha[..7], v.ShortSha);
        Assert.Equal(source, v.VersionSourceSha);
        Assert.Equal(5, v.CommitsSinceVersionSource);
        Assert.Equal(0, v.UncommittedChanges);
    }

    [Fact]
    public void Tagged_main_commit_variables()
    {
        using var repo = VersioningRepository.Create();
        repo.Commit();
        repo.TaggedCommit("1.2.3");

        var v = repo.AssertFullSemVer("1.2.3");

        Assert.Equal("1.2.3", v.SemVer);
        Assert.Equal(string.Empty, v.PreReleaseTag);
        Assert.Equal(string.Empty, v.PreReleaseTagWithDash);
        Assert.Equal(string.Empty, v.PreReleaseLabel);
        Assert.Null(v.PreReleaseNumber);
        Assert.Equal(60000, v.WeightedPreReleaseNumber); // tag-pre-release-weight
        Assert.Null(v.BuildMetaData);
        Assert.Equal("1.2.3.0", v.AssemblySemVer);
        Assert.Equal("main", v.BranchName);
    }

    [Fact]
    public void Commit_date_is_the_date_of_the_head_commit()
    {
        using var repo = VersioningRepository.Create();
        repo.TaggedCommit("1.0.0");
        repo.Commits(2);

        var v = repo.AssertFullSemVer("1.0.1-2");

        // The third commit of the fixed calendar: 2024-02-27 + 2 days, a leap day.
        Assert.Equal("2024-02-29", repo.LastCommitDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal("2024-02-29", v.CommitDate);
    }

    // GitVersion: OtherScenarios.HasDirtyFlagWhenUncommittedChangesAreInRepository
    /// <summary>OtherScenarios.HasDirtyFlagWhenUncommittedChangesAreInRepository and NoDirtyFlagInCleanRepository.</summary>
    [Theory]
    [InlineData(true, 0)]
    [InlineData(true, 1)]
    [InlineData(false, 1)]
    [InlineData(true, 5)]
    [InlineData(false, 5)]
    public void Uncommitted_changes_are_counted(bool stageFile, int numberOfFiles)
    {
        using var repo = VersioningRepository.Create();
        repo.Commit();
        for (var i = 0; i < numberOfFiles; i++)
        {
            var name = $"file-{i.ToString(CultureInfo.InvariantCulture)}.txt";
            repo.WriteFile(name, $"Hello world / testfile {i.ToString(CultureInfo.InvariantCulture)}");
            if (stageFile)
            {
                repo.Git("add", name);
            }
        }

        var v = repo.AssertFullSemVer("0.0.1-1");

        Assert.Equal(numberOfFiles, v.UncommittedChanges);
    }
}
