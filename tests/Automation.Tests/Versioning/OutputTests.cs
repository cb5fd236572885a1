using System.Text.Json;
using Automation.Versioning.Calculation;
using Automation.Versioning.Configuration;
using Automation.Versioning.Output;

namespace Automation.Tests.Versioning;

/// <summary>The output variables' formats and the JSON shape of <c>/output json</c>.</summary>
public sealed class OutputTests
{
    [Fact]
    public void Release_branch_variables()
    {
        var repository = new TestRepository().TaggedCommit("1.0.3").Commits(5).BranchTo("release/2.0.0").Commit();
        var v = repository.Version();
        var sha = repository.CurrentSha;
        Assert.Equal((2, 0, 0, "2.0.0"), (v.Major, v.Minor, v.Patch, v.MajorMinorPatch));
        Assert.Equal(("beta.1", "-beta.1", "beta", "-beta", 1), (v.PreReleaseTag, v.PreReleaseTagWithDash, v.PreReleaseLabel, v.PreReleaseLabelWithDash, v.PreReleaseNumber!.Value));
        Assert.Equal(6, v.BuildMetaData);
        Assert.Equal($"6.Branch.release-2.0.0.Sha.{sha}", v.FullBuildMetaData);
        Assert.Equal(("2.0.0-beta.1", "2.0.0-beta.1+6"), (v.SemVer, v.FullSemVer));
        Assert.Equal($"2.0.0-beta.1+6.Branch.release-2.0.0.Sha.{sha}", v.InformationalVersion);
        Assert.Equal(("2.0.0.0", "2.0.0.0"), (v.AssemblySemVer, v.AssemblySemFileVer));
        Assert.Equal(("release/2.0.0", "release-2-0-0"), (v.BranchName, v.EscapedBranchName));
        Assert.Equal((sha, sha[..7]), (v.Sha, v.ShortSha));
        Assert.Equal("2023-11-14", v.CommitDate);
        Assert.Equal((6, 6, 30001), (v.CommitsSinceVersionSource, v.VersionSourceDistance, v.WeightedPreReleaseNumber));
        Assert.Equal(1.ToString("x40", System.Globalization.CultureInfo.InvariantCulture), v.VersionSourceSha);
    }

    [Fact]
    public void A_tagged_commit_has_no_pre_release_number_and_the_tag_weight()
    {
        var v = new TestRepository().TaggedCommit("1.2.3").Version();
        Assert.Equal((null, 60000, null, 0), (v.PreReleaseNumber, v.WeightedPreReleaseNumber, v.BuildMetaData, v.CommitsSinceVersionSource));
        Assert.StartsWith("Branch.main.Sha.", v.FullBuildMetaData, StringComparison.Ordinal);
        Assert.Equal("1.2.3+" + v.FullBuildMetaData, v.InformationalVersion);
        Assert.Equal(v.Sha, v.VersionSourceSha);
    }

    [Fact]
    public void Main_uses_its_weight_and_an_empty_label()
    {
        var v = new TestRepository().TaggedCommit("1.0.0").Commit().Version();
        Assert.Equal(("1", string.Empty, 55001, "1.0.1-1"), (v.PreReleaseTag, v.PreReleaseLabel, v.WeightedPreReleaseNumber, v.FullSemVer));
    }

    [Theory]
    [InlineData("MajorMinorPatchTag", "1.2.3.4")]
    [InlineData("MajorMinorPatch", "1.2.3.0")]
    [InlineData("MajorMinor", "1.2.0.0")]
    [InlineData("Major", "1.0.0.0")]
    [InlineData("None", "")]
    public void Assembly_versioning_schemes(string scheme, string expected) =>
        Assert.Equal(expected, VariablesFactory.AssemblyVersion(new SemanticVersion(1, 2, 3, new PreReleaseTag("beta", 4, true)), Enum.Parse<AssemblyVersioningScheme>(scheme)));

    [Fact]
    public void The_scheme_comes_from_the_configuration()
    {
        var v = new TestRepository { Yaml = "assembly-versioning-scheme: MajorMinorPatchTag\nassembly-file-versioning-scheme: None" }.TaggedCommit("1.0.0").Commits(3).Version();
        Assert.Equal(("1.0.1.3", string.Empty), (v.AssemblySemVer, v.AssemblySemFileVer));
    }

    [Theory]
    [InlineData("feature/my_thing", "feature-my-thing", "feature-my-thing")]
    [InlineData("release/1.2.0", "release-1-2-0", "release-1.2.0")]
    [InlineData("pull/12/merge", "pull-12-merge", "pull-12-merge")]
    public void Branch_names_are_escaped(string branch, string escaped, string inMetaData)
    {
        var v = new TestRepository().TaggedCommit("1.0.0").BranchTo(branch).Commit().Version();
        Assert.Equal(escaped, v.EscapedBranchName);
        Assert.Contains($"Branch.{inMetaData}.Sha.", v.FullBuildMetaData, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_is_one_flat_object_with_sorted_keys_and_typed_values()
    {
        var repository = new TestRepository { UncommittedChanges = 2 }.TaggedCommit("1.0.0").BranchTo("develop").Commit();
        var json = repository.Version().ToJson();
        Assert.StartsWith("{" + Environment.NewLine + "  \"AssemblySemFileVer\": \"1.1.0.0\",", json, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        var properties = document.RootElement.EnumerateObject().ToList();
        Assert.Equal(28, properties.Count);
        Assert.Equal(properties.Select(p => p.Name).Order(StringComparer.Ordinal), properties.Select(p => p.Name));
        string[] numbers = ["Major", "Minor", "Patch", "PreReleaseNumber", "WeightedPreReleaseNumber", "CommitsSinceVersionSource", "VersionSourceDistance", "UncommittedChanges"];
        foreach (var property in properties)
        {
            var expected = numbers.Contains(property.Name) ? JsonValueKind.Number : property.Name == "BuildMetaData" ? JsonValueKind.Null : JsonValueKind.String;
            Assert.True(expected == property.Value.ValueKind, $"{property.Name} is {property.Value.ValueKind}");
        }

        Assert.Equal(2, document.RootElement.GetProperty("UncommittedChanges").GetInt32());
        Assert.Equal("1.1.0-alpha.1", document.RootElement.GetProperty("FullSemVer").GetString());
    }

    [Fact]
    public void Json_keeps_build_meta_data_a_number_when_shown()
    {
        using var document = JsonDocument.Parse(new TestRepository().TaggedCommit("1.0.0").BranchTo("feature/x").Commits(2).Version().ToJson());
        Assert.Equal(2, document.RootElement.GetProperty("BuildMetaData").GetInt32());
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(new TestRepository().TaggedCommit("1.0.0").Version().ToJson()).RootElement.GetProperty("PreReleaseNumber").ValueKind);
    }
}
