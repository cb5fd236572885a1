using Automation.Parameters;

namespace Automation.Tests.Nuke;

/// <summary>Small NUKE shapes real builds use: old enum spellings, state lookups by target, project kinds, dictionary and settings hooks.</summary>
public sealed class PortingHelpersTests
{
    [Fact]
    public void NUKE_5s_lower_case_enum_names_are_the_same_values_and_help_lists_each_value_once()
    {
        Assert.Equal(DotNetVerbosity.Normal, DotNetVerbosity.normal);
        Assert.Equal(DotNetSymbolPackageFormat.Snupkg, DotNetSymbolPackageFormat.snupkg);
        Assert.Equal(["Quiet", "Minimal", "Normal", "Detailed", "Diagnostic"], ValueConverter.AllowedValues(typeof(DotNetVerbosity)));
        Assert.Equal(["build", "--verbosity", "normal"], new DotNetBuildSettings().SetVerbosity(DotNetVerbosity.normal).ToArguments());
    }

    private sealed class StateBuild
    {
        public Target Restore => _ => _;

        public Target Compile => _ => _.DependsOn(Restore);
    }

    [Fact]
    public void A_state_list_contains_the_target_whose_property_returned_the_delegate()
    {
        var build = new StateBuild();
        PlannedTarget[] finished = [new("restore", "Restore", null, TargetStatus.Succeeded)];

        Assert.True(finished.Contains(build.Restore));
        Assert.False(finished.Contains(build.Compile));
    }

    [Fact]
    public void A_project_kind_is_told_by_the_project_files_extension()
    {
        Assert.True(ProjectType.CSharpProject.Matches(AbsolutePath.Create(Path.Combine(Path.GetTempPath(), "A", "A.csproj"))));
        Assert.False(ProjectType.CSharpProject.Matches(AbsolutePath.Create(Path.Combine(Path.GetTempPath(), "A", "A.fsproj"))));
        Assert.True(ProjectType.FSharpProject.Matches(AbsolutePath.Create(Path.Combine(Path.GetTempPath(), "A", "A.FSPROJ"))));
    }

    [Fact]
    public void Dictionary_hooks_change_a_summary_only_when_their_value_or_condition_is_there()
    {
        IDictionary<string, string> summary = new Dictionary<string, string>();
        string? missing = null;

        summary.WhenNotNull("1.2.3", (s, v) => s.AddPair("Version", v)).WhenNotNull(missing, (s, v) => s.AddPair("Missing", v))
            .When(true, s => s.AddPair("Server", false)).When(false, s => s.AddPair("Never", 1)).SetKeyValue("Token", "***");

        Assert.Equal(new Dictionary<string, string> { ["Version"] = "1.2.3", ["Server"] = "false", ["Token"] = "***" }, summary);
    }

    [Fact]
    public void Settings_hooks_apply_a_shared_configuration_and_a_conditional_one()
    {
        Configure<DotNetBuildSettings> shared = s => s.EnableNoRestore().SetDeterministic(true);

        var settings = new DotNetBuildSettings().Apply(shared).When(false, s => s.SetConfiguration("Never")).SetProjectFile("A.sln");

        Assert.Equal(["build", "A.sln", "--no-restore", "-p:Deterministic=true"], settings.ToArguments());
    }

    [Fact]
    public void Report_types_convert_to_their_names_among_plain_strings()
    {
        var settings = new ReportGeneratorSettings().SetReportTypes("lcov", ReportTypes.HtmlInline_AzurePipelines);

        Assert.Equal(["lcov", "HtmlInline_AzurePipelines"], settings.ReportTypes);
    }

    [Fact]
    public void GitHub_compare_and_commit_urls_of_a_repository()
    {
        var repository = GitRepository.FromUrl("git@github.com:octo/app.git");

        Assert.Equal("https://github.com/octo/app/compare/1.0.0...HEAD", repository.GetGitHubCompareTagToHeadUrl("1.0.0"));
        Assert.Equal("https://github.com/octo/app/compare/1.0.0...1.1.0", repository.GetGitHubCompareTagsUrl("1.0.0", "1.1.0"));
        Assert.Equal("https://github.com/octo/app/commit/abc123", repository.GetGitHubCommitUrl("abc123"));
        Assert.Equal("https://github.com/octo/app/tree/v2", repository.GetGitHubBrowseUrl(branch: "v2"));
    }
}
