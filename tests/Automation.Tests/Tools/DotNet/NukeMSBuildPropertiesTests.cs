namespace Automation.Tests.Tools.DotNet;

/// <summary>NUKE's MSBuild-property members of the <c>dotnet</c> settings, its coverlet members and its <c>int</c> push timeout render what NUKE's do.</summary>
public sealed class NukeMSBuildPropertiesTests
{
    [Fact]
    public void NUKEs_MSBuild_property_forms_render_as_properties_in_order()
    {
        var settings = new DotNetBuildSettings()
            .SetProjectFile("App.sln")
            .EnableTreatWarningsAsErrors()
            .SetWarningsAsErrors(8600, 8602)
            .SetNoWarn(1591)
            .SetWarningLevel(4)
            .EnableRunCodeAnalysis()
            .EnableDeterministicSourcePaths()
            .SetVersionPrefix("1.2.3")
            .SetPackageId("App")
            .SetAuthors("Ann", "Bo")
            .SetTitle("The App")
            .SetDescription("Does; things")
            .SetCopyright("(c) 2026")
            .EnablePackageRequireLicenseAcceptance()
            .SetPackageLicenseUrl("https://l.example")
            .SetPackageProjectUrl("https://p.example")
            .SetPackageIconUrl("https://i.example")
            .SetPackageTags("build", "ci")
            .SetPackageReleaseNotes("Fixed, finally")
            .SetRepositoryUrl("https://r.example")
            .SetRepositoryType("git")
            .SetPlatform("x64")
            .SetPublishProfile("Release");

        Assert.Equal(
            [
                "build", "App.sln", "-p:TreatWarningsAsErrors=true", "-p:WarningsAsErrors=8600%3B8602", "-p:NoWarn=1591", "-p:WarningLevel=4",
                "-p:RunCodeAnalysis=true", "-p:DeterministicSourcePaths=true", "-p:VersionPrefix=1.2.3", "-p:PackageId=App", "-p:Authors=Ann%2CBo",
                "-p:Title=The App", "-p:Description=Does%3B things", "-p:Copyright=(c) 2026", "-p:PackageRequireLicenseAcceptance=true",
                "-p:PackageLicenseUrl=https://l.example", "-p:PackageProjectUrl=https://p.example", "-p:PackageIconUrl=https://i.example",
                "-p:PackageTags=build ci", "-p:PackageReleaseNotes=Fixed%2C finally", "-p:RepositoryUrl=https://r.example", "-p:RepositoryType=git",
                "-p:Platform=x64", "-p:PublishProfile=Release",
            ],
            settings.ToArguments());
    }

    [Fact]
    public void Unset_property_members_render_nothing_and_false_renders_false()
    {
        var settings = new DotNetPackSettings().DisableTreatWarningsAsErrors().DisableDeterministicSourcePaths().SetNoWarn().SetPackageReleaseNotes(null);

        Assert.Equal(["pack", "-p:TreatWarningsAsErrors=false", "-p:DeterministicSourcePaths=false"], settings.ToArguments());
    }

    [Fact]
    public void The_typed_properties_come_before_Properties_so_an_explicit_property_wins()
    {
        var settings = new DotNetPackSettings().SetVersionPrefix("1.0.0").SetProperty("VersionPrefix", "2.0.0");

        Assert.Equal(["pack", "-p:VersionPrefix=1.0.0", "-p:VersionPrefix=2.0.0"], settings.ToArguments());
    }

    [Fact]
    public void SetDataCollector_and_the_coverlet_members_render_collect_and_coverlets_properties()
    {
        var settings = new DotNetTestSettings()
            .SetProjectFile("Tests.csproj")
            .SetDataCollector("XPlat Code Coverage")
            .EnableCollectCoverage()
            .SetCoverletOutputFormat(CoverletOutputFormat.cobertura)
            .SetCoverletOutput("coverage/")
            .SetExcludeByFile("**/*.g.cs")
            .EnableUseSourceLink();

        Assert.Equal(
            [
                "test", "Tests.csproj", "--collect", "XPlat Code Coverage", "-p:CollectCoverage=true", "-p:CoverletOutputFormat=cobertura",
                "-p:CoverletOutput=coverage/", "-p:ExcludeByFile=**/*.g.cs", "-p:UseSourceLink=true",
            ],
            settings.ToArguments());
    }

    [Fact]
    public void Several_coverlet_formats_arrive_as_one_value()
    {
        var settings = new DotNetTestSettings().SetCoverletOutputFormat($"{CoverletOutputFormat.opencover},{CoverletOutputFormat.lcov}");

        // The comma is escaped for the command line; MSBuild unescapes it, so coverlet reads "opencover,lcov".
        Assert.Equal(["test", "-p:CoverletOutputFormat=opencover%2Clcov"], settings.ToArguments());
    }

    [Fact]
    public void CoverletOutputFormat_lists_coverlets_formats()
    {
        CoverletOutputFormat[] formats = [CoverletOutputFormat.json, CoverletOutputFormat.lcov, CoverletOutputFormat.opencover, CoverletOutputFormat.cobertura, CoverletOutputFormat.teamcity];

        Assert.Equal(["json", "lcov", "opencover", "cobertura", "teamcity"], formats.Select(f => f.ToString()));
    }

    [Fact]
    public void NUKEs_int_push_timeout_is_in_seconds()
    {
        var settings = new DotNetNuGetPushSettings().SetTargetPath("a.nupkg").SetTimeout(600);

        Assert.Equal(TimeSpan.FromMinutes(10), settings.Timeout);
        Assert.Equal(["nuget", "push", "a.nupkg", "--timeout", "600"], settings.ToArguments());
        Assert.Null(settings.SetTimeout(null).Timeout);
    }

    [Fact]
    public void A_NUKE_test_chain_with_a_conditional_logger_keeps_binding_after_the_coverlet_forms()
    {
        // When must bind to the settings' hook, not to another When, after the coverlet forms.
        static DotNetTestSettings Configure(DotNetTestSettings s, bool onCi) => s
            .SetDataCollector("XPlat Code Coverage")
            .SetCoverletOutputFormat(CoverletOutputFormat.cobertura)
            .EnableNoBuild()
            .When(onCi, ss => ss.SetLoggers(loggers: "GitHubActions"));

        Assert.Equal(["test", "--no-build", "--logger", "GitHubActions", "--collect", "XPlat Code Coverage", "-p:CoverletOutputFormat=cobertura"], Configure(new(), onCi: true).ToArguments());
        Assert.DoesNotContain("--logger", Configure(new(), onCi: false).ToArguments());
    }
}
