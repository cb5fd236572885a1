using Automation.Components;
using Automation.Tools.Resolution;

namespace Automation.Tests.Tools.GitVersion;

/// <summary>
/// NUKE's GitVersionTasks and OctoVersionTasks without running anything: the command lines their settings make, how
/// their output is read, and where the tools are found in the build project's packages (files in a temp folder).
/// </summary>
public sealed class VersionToolTests : IDisposable
{
    private const string GitVersionJson = """
        {
          "AssemblySemFileVer": "1.3.0.0",
          "AssemblySemVer": "1.3.0.0",
          "BranchName": "main",
          "BuildMetaData": null,
          "CommitsSinceVersionSource": 2,
          "FullSemVer": "1.3.0-alpha.2",
          "InformationalVersion": "1.3.0-alpha.2+Branch.main.Sha.abc",
          "Major": 1,
          "MajorMinorPatch": "1.3.0",
          "Minor": 3,
          "Patch": 0,
          "PreReleaseLabel": "alpha",
          "PreReleaseNumber": 2,
          "PreReleaseTag": "alpha.2",
          "SemVer": "1.3.0-alpha.2",
          "Sha": "abc"
        }
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("version-tools-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void NuGet_Promoters_settings_make_GitVersions_switches()
    {
        var settings = new GitVersionSettings().SetProcessWorkingDirectory("/repo").SetFramework("net10.0").EnableNoFetch().EnableNoCache();

        Assert.Equal(["/nocache", "/nofetch"], settings.ToArguments());
        Assert.Equal("net10.0", settings.Framework);
        Assert.Equal(
            ["/repo", "/output", "json", "/overrideconfig", "tag-prefix=v", "/b", "main", "/verbosity", "warn"],
            new GitVersionSettings { TargetPath = "/repo", Output = GitVersionOutput.Json, ConfigurationOverride = new Dictionary<string, string> { ["tag-prefix"] = "v" }, Branch = "main", Verbosity = GitVersionVerbosity.Warn }.ToArguments());
    }

    [Fact]
    public void GitVersions_json_is_read_after_its_log_lines_into_NUKEs_object()
    {
        var variables = GitVersionTasks.Read(["INFO [12:00] Working directory: /repo", .. GitVersionJson.Split('\n')]);
        var version = new Automation.GitVersion(variables);

        Assert.Equal("1.3.0-alpha.2", version.FullSemVer);
        Assert.Equal(3, version.Minor);
        Assert.Equal("1.3.0-alpha0002", version.NuGetVersionV2);
        Assert.Null(version.BuildMetaData);
    }

    [Fact]
    public void Output_without_json_says_which_settings_suppress_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() => GitVersionTasks.Read(["1.3.0-alpha.2"]));

        Assert.Contains("printed no JSON", error.Message, StringComparison.Ordinal);
        Assert.Contains("ShowVariable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OctoVersions_json_reads_without_regard_to_case_and_needs_a_full_version()
    {
        var info = OctoVersionInfo.FromJson("""{ "Major": 2, "Minor": "1", "Patch": 0, "PreReleaseTag": "feature.3", "BuildMetadata": "sha", "FullSemVer": "2.1.0-feature.3", "NuGetVersion": "2.1.0-feature.3" }""");

        Assert.Equal(2, info.Major);
        Assert.Equal(1, info.Minor);
        Assert.Equal("sha", info.BuildMetaData);
        Assert.Equal("2.1.0-feature.3", info.ToString());
        Assert.Throws<FormatException>(() => OctoVersionInfo.FromJson("""{ "Major": 2 }"""));
    }

    [Fact]
    public void OctoVersion_settings_use_its_configuration_keys()
    {
        var settings = new OctoVersionGetVersionSettings().SetCurrentBranch("main").SetMajor(3).AddOutputFormats(OctoVersionOutputFormatter.JsonFile).SetOutputJsonFile("v.json");

        Assert.Equal(["--CurrentBranch", "main", "--Major", "3", "--OutputFormats", "JsonFile", "--OutputJsonFile", "v.json"], settings.ToArguments());
    }

    [Fact]
    public void GitVersion_comes_from_the_package_the_build_project_downloads()
    {
        var packages = Path.Combine(_root, "packages");
        var dll = Create(packages, "gitversion.tool", "6.7.0", "tools", "net8.0", "any", "gitversion.dll");
        Create(packages, "gitversion.tool", "6.7.0", "tools", "net8.0", "any", "gitversion.runtimeconfig.json");
        BuildProject("""<PackageDownload Include="GitVersion.Tool" Version="[6.7.0]" />""");

        var command = GitVersionTasks.Tool.Resolve(Environment(packages), explicitPath: null, framework: null);

        Assert.Equal([dll], command.PrefixArguments);
        Assert.Equal("package GitVersion.Tool", command.Source);
    }

    [Fact]
    public void A_missing_GitVersion_names_the_package_to_reference_and_the_built_in_engine()
    {
        BuildProject(string.Empty);

        var error = Assert.Throws<ToolNotFoundException>(() => GitVersionTasks.Tool.Resolve(Environment(Path.Combine(_root, "packages")), explicitPath: null, framework: null));

        Assert.Contains("Tool 'gitversion' was not found.", error.Message, StringComparison.Ordinal);
        Assert.Contains("<PackageDownload Include=\"GitVersion.Tool\" Version=\"[x.y.z]\" />", error.Message, StringComparison.Ordinal);
        Assert.Contains("[GitVersion] readonly GitVersion GitVersion;", error.Message, StringComparison.Ordinal);
        Assert.Contains("GITVERSION_EXE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_GitHub_API_root_and_token_come_from_the_builds_environment()
    {
        Assert.Equal("https://api.github.com/", LatestReleaseQuery.FromEnvironment(new Dictionary<string, string>()).ApiUrl.AbsoluteUri);
        Assert.Equal("https://ghe.example/api/v3", LatestReleaseQuery.FromEnvironment(new Dictionary<string, string> { ["GITHUB_API_URL"] = "https://ghe.example/api/v3" }).ApiUrl.AbsoluteUri);
        var error = Assert.Throws<InvalidOperationException>(() => LatestReleaseQuery.FromEnvironment(new Dictionary<string, string> { ["GITHUB_API_URL"] = "ghe.example" }));
        Assert.Contains("GITHUB_API_URL", error.Message, StringComparison.Ordinal);
    }

    private ToolEnvironment Environment(string packages) =>
        new(AbsolutePath.Create(_root), new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages, ["PATH"] = Path.Combine(_root, "empty-path") }, new ToolPlatform(IsWindows: false, new Version(10, 0), HomeDirectory: null, BuildProjectFile: null));

    private void BuildProject(string items)
    {
        Directory.CreateDirectory(Path.Combine(_root, "build"));
        File.WriteAllText(Path.Combine(_root, "build", "_build.csproj"), $"<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup>{items}</ItemGroup></Project>");
    }

    private static string Create(params string[] parts)
    {
        var path = Path.Combine(parts);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, string.Empty);
        return path;
    }

    [Fact]
    public void OctoVersion_takes_NUKE_8s_member_names_for_the_same_values()
    {
        // Halibut's build: [OctoVersion(BranchMember = nameof(BranchName), AutoDetectBranchMember = nameof(AutoDetectBranch))].
        var attribute = new OctoVersionAttribute
        {
            AutoDetectBranchMember = "AutoDetect",
            BranchMember = "BranchName",
            FullSemVerMember = "Full",
            MajorMember = "Major",
            MinorMember = "Minor",
            PatchMember = "Patch",
        };

        Assert.Equal(
            "AutoDetect BranchName Full Major Minor Patch",
            string.Join(' ', attribute.AutoDetectBranchParameter, attribute.BranchParameter, attribute.FullSemVerParameter, attribute.MajorParameter, attribute.MinorParameter, attribute.PatchParameter));
        attribute.BranchParameter = "Other";
        Assert.Equal("Other", attribute.BranchMember);
    }
}
