using Automation.Versioning;

namespace Automation.Tests.Versioning;

/// <summary>GitVersion's JSON read into the variables the built-in engine gives.</summary>
public sealed class GitVersionJsonTests
{
    // As GitVersion 6.8.2 prints it: numbers as numbers, a missing pre-release number as null.
    private const string Json = """
        {
          "AssemblySemFileVer": "1.3.0.0",
          "AssemblySemVer": "1.3.0.0",
          "BranchName": "feature/login",
          "BuildMetaData": 4,
          "CommitDate": "2026-12-07",
          "CommitsSinceVersionSource": 4,
          "EscapedBranchName": "feature-login",
          "FullBuildMetaData": "4.Branch.feature-login.Sha.0123456789abcdef0123456789abcdef01234567",
          "FullSemVer": "1.3.0-login.1+4",
          "InformationalVersion": "1.3.0-login.1+4.Branch.feature-login.Sha.0123456789abcdef0123456789abcdef01234567",
          "Major": 1,
          "MajorMinorPatch": "1.3.0",
          "Minor": 3,
          "Patch": 0,
          "PreReleaseLabel": "login",
          "PreReleaseLabelWithDash": "-login",
          "PreReleaseNumber": 1,
          "PreReleaseTag": "login.1",
          "PreReleaseTagWithDash": "-login.1",
          "SemVer": "1.3.0-login.1",
          "Sha": "0123456789abcdef0123456789abcdef01234567",
          "ShortSha": "0123456",
          "UncommittedChanges": 0,
          "VersionSourceDistance": 4,
          "VersionSourceIncrement": "Minor",
          "VersionSourceSemVer": "1.2.0",
          "VersionSourceSha": "fedcba9876543210fedcba9876543210fedcba98",
          "WeightedPreReleaseNumber": 30001
        }
        """;

    [Fact]
    public void Every_variable_of_GitVersions_json_is_read()
    {
        var version = VersionVariables.FromJson(Json);

        Assert.Equal((1, 3, 0), (version.Major, version.Minor, version.Patch));
        Assert.Equal("1.3.0-login.1+4", version.FullSemVer);
        Assert.Equal("1.3.0-login.1", version.SemVer);
        Assert.Equal(1, version.PreReleaseNumber);
        Assert.Equal(4, version.BuildMetaData);
        Assert.Equal(30001, version.WeightedPreReleaseNumber);
        Assert.Equal("feature-login", version.EscapedBranchName);
        Assert.Equal("fedcba9876543210fedcba9876543210fedcba98", version.VersionSourceSha);
        Assert.Equal("1.2.0", version.VersionSourceSemVer);
        Assert.Equal("Minor", version.VersionSourceIncrement);
        Assert.Equal(4, version.VersionSourceDistance);
        Assert.Equal("1.3.0.0", version.AssemblySemFileVer);
    }

    [Fact]
    public void A_null_number_stays_null()
    {
        var version = VersionVariables.FromJson(Json.Replace("\"BuildMetaData\": 4", "\"BuildMetaData\": null", StringComparison.Ordinal));

        Assert.Null(version.BuildMetaData);
    }

    [Fact]
    public void Json_without_the_version_numbers_is_refused()
    {
        Assert.Throws<FormatException>(() => VersionVariables.FromJson("""{ "FullSemVer": "1.0.0" }"""));
    }
}
