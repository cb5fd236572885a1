namespace Automation.Tests.Tools.Wrappers;

/// <summary>NUKE's tool wrappers for NuGet tool packages render each tool's own command line from NUKE's fluent forms.</summary>
public sealed class ToolWrapperArgumentsTests
{
    [Fact]
    public void Codecov_repeats_files_and_joins_flags()
    {
        var settings = new CodecovSettings().SetFiles("a.xml", "b.xml").SetToken("t0k3n").SetFlags("unit", "linux").EnableRequired();

        Assert.Equal(["--file", "a.xml", "--file", "b.xml", "--token", "t0k3n", "--flag", "unit,linux", "--required"], settings.ToArguments());
    }

    [Fact]
    public void NuGet_push_and_pack_put_the_command_and_path_first_and_nuget_options_after()
    {
        var push = new NuGetPushSettings().SetTargetPath("a.nupkg").SetSource("https://feed").SetApiKey("k").SetVerbosity(NuGetVerbosity.Detailed).EnableNonInteractive();
        var pack = new NuGetPackSettings().SetTargetPath("a.nuspec").SetVersion("1.2.3").EnableSymbols().SetSymbolPackageFormat(NuGetSymbolPackageFormat.snupkg)
            .SetConfiguration("Release").AddProperty("Id", "A");

        Assert.Equal(["push", "a.nupkg", "-Source", "https://feed", "-ApiKey", "k", "-Verbosity", "detailed", "-NonInteractive"], push.ToArguments());
        Assert.Equal(["pack", "a.nuspec", "-Version", "1.2.3", "-Symbols", "-SymbolPackageFormat", "snupkg", "-Properties", "Id=A;Configuration=Release"], pack.ToArguments());
    }

    [Fact]
    public void NuGet_push_without_a_package_says_which_form_sets_it()
    {
        var exception = Assert.Throws<InvalidOperationException>(() => new NuGetPushSettings().ToArguments());

        Assert.Contains("SetTargetPath", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DocFX_build_metadata_and_serve()
    {
        Assert.Equal(["build", "docs/docfx.json", "--logLevel", "Verbose", "--warningsAsErrors"],
            new DocFXBuildSettings().SetConfigFile("docs/docfx.json").SetLogLevel(DocFXLogLevel.Verbose).EnableWarningsAsErrors().ToArguments());
        Assert.Equal(["metadata", "docfx.json", "--force"], new DocFXMetadataSettings().SetProjects("docfx.json").EnableForceRebuild().ToArguments());
        Assert.Equal(["serve", "_site", "--port", "8090"], new DocFXServeSettings().SetFolder("_site").SetPort(8090).ToArguments());
    }

    [Fact]
    public void DocFX_init_renders_todays_docfx_options_from_NUKEs_names()
    {
        // docfx 2.61+ has no --quiet: NUKE's Quiet (no questions) is --yes; OutputFolder is --output.
        Assert.Equal(["init", "--yes", "--output", "docs"], new DocFXInitSettings().SetOutputFolder("docs").SetQuiet(true).ToArguments());
        Assert.Equal(["init", "--yes"], new DocFXInitSettings().EnableQuiet().ToArguments());
        Assert.Equal(["init"], new DocFXInitSettings().SetQuiet(false).ToArguments());
    }

    [Fact]
    public void SignClient_sign_names_every_option()
    {
        var settings = new SignClientSignSettings().SetConfig("appsettings.json").SetInput("a.nupkg").SetSecret("s").SetUsername("u").SetName("A").SetDescriptionUrl("https://a");

        Assert.Equal(["sign", "--config", "appsettings.json", "--input", "a.nupkg", "--secret", "s", "--user", "u", "--name", "A", "--descriptionUrl", "https://a"], settings.ToArguments());
    }

    [Fact]
    public void MinVer_options_are_lower_case_where_minver_wants_them()
    {
        var settings = new MinVerSettings().SetTagPrefix("v").SetDefaultPreReleasePhase("nightly").SetAutoIncrement(MinVerVersionPart.Minor).SetVerbosity(MinVerVerbosity.Warn);

        Assert.Equal(["--auto-increment", "minor", "--default-pre-release-phase", "nightly", "--tag-prefix", "v", "--verbosity", "warn"], settings.ToArguments());
    }

    [Fact]
    public void DotCover_options_are_joined_with_equals()
    {
        var cover = new DotCoverCoverSettings().SetTargetExecutable("dotnet").SetTargetArguments("test A.sln").SetFilters("+:A*").SetOutputFile("a.dcvr");
        var report = new DotCoverReportSettings().SetSource("a.dcvr", "b.dcvr").SetOutputFile("a.xml").SetReportType(DotCoverReportType.DetailedXml);

        Assert.Equal(["cover", "--TargetExecutable=dotnet", "--TargetArguments=test A.sln", "--Filters=+:A*", "--Output=a.dcvr"], cover.ToArguments());
        Assert.Equal(["report", "--Source=a.dcvr;b.dcvr", "--Output=a.xml", "--ReportType=DetailedXml"], report.ToArguments());
    }

    [Fact]
    public void SonarScanner_begin_and_end_use_msbuild_style_properties()
    {
        var begin = new SonarScannerBeginSettings().SetProjectKey("k").SetOrganization("o").SetOpenCoverPaths("a.xml", "b.xml").SetToken("t").SetQualityGateWait(true)
            .SetAdditionalParameter("sonar.x", "1");

        Assert.Equal(["begin", "/k:k", "/o:o", "/d:sonar.token=t", "/d:sonar.cs.opencover.reportsPaths=a.xml,b.xml", "/d:sonar.qualitygate.wait=true", "/d:sonar.x=1"], begin.ToArguments());
        Assert.Equal(["end", "/d:sonar.token=t"], new SonarScannerEndSettings().SetToken("t").ToArguments());
    }

    [Fact]
    public void SonarScanner_begin_names_a_pull_requests_branches()
    {
        // todoist-net's build: .SetPullRequestKey(…).SetPullRequestBase(GitHubActions.BaseRef).SetPullRequestBranch(GitHubActions.HeadRef)
        var begin = new SonarScannerBeginSettings().SetProjectKey("k").SetPullRequestKey("42").SetPullRequestBase("main").SetPullRequestBranch("feature/x");

        Assert.Equal(["begin", "/k:k", "/d:sonar.pullrequest.key=42", "/d:sonar.pullrequest.branch=feature/x", "/d:sonar.pullrequest.base=main"], begin.ToArguments());
    }

    [Fact]
    public void Process_forms_and_hooks_apply_to_every_wrapper()
    {
        var settings = new CodecovSettings()
            .SetProcessToolPath("/opt/codecov")
            .SetProcessWorkingDirectory("coverage")
            .DisableProcessLogOutput()
            .When(true, s => s.SetName("unit"))
            .When(false, s => s.SetName("never"))
            .Apply(s => s.SetProcessArgumentConfigurator(a => a.Add("--dry-run")));

        Assert.Equal("/opt/codecov", settings.ToolPath);
        Assert.Equal("coverage", settings.WorkingDirectory);
        Assert.Equal(OutputHiding.Both, settings.Run!.Hide);
        Assert.Equal(["--name", "unit", "--dry-run"], settings.ToArguments());
    }

    [Fact]
    public void NUKE_8s_process_output_logging_forms_hide_and_show_the_output()
    {
        Assert.Equal(OutputHiding.Both, new GitVersionSettings().DisableProcessOutputLogging().Run!.Hide);
        Assert.Equal(OutputHiding.None, new GitVersionSettings().DisableProcessOutputLogging().EnableProcessOutputLogging().Run!.Hide);
        Assert.Equal(OutputHiding.Both, new CodecovSettings().SetProcessOutputLogging(false).Run!.Hide);
    }
}
