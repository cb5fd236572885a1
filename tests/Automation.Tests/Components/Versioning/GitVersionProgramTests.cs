using Automation.Components;
using Automation.Versioning;

namespace Automation.Tests.Components.Versioning;

/// <summary>Where <c>--version-engine GitVersion</c> finds the real GitVersion: files only, nothing is started.</summary>
public sealed class GitVersionProgramTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("gitversion-locate-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Repository => Directory.CreateDirectory(Path.Combine(_root, "repo")).FullName;

    private string Packages => Directory.CreateDirectory(Path.Combine(_root, "packages")).FullName;

    private Dictionary<string, string> Environment => new() { ["NUGET_PACKAGES"] = Packages, ["HOME"] = _root };

    private string Create(params string[] parts)
    {
        var file = Path.Combine([_root, .. parts]);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, string.Empty);
        return file;
    }

    [Fact]
    public void A_given_dll_path_runs_under_dotnet_relative_to_the_root()
    {
        var dll = Create("repo", "tools", "gitversion.dll");

        var program = GitVersionProgram.Locate(Repository, "tools/gitversion.dll", Environment);

        Assert.Equal("dotnet", program.Program);
        Assert.Equal([dll], program.Arguments);
    }

    [Fact]
    public void A_given_executable_runs_as_itself()
    {
        var executable = Create("bin", "gitversion");

        var program = GitVersionProgram.Locate(Repository, executable, Environment);

        Assert.Equal(executable, program.Program);
        Assert.Empty(program.Arguments);
    }

    [Fact]
    public void A_given_path_that_does_not_exist_is_an_error_naming_it()
    {
        var error = Assert.Throws<VersioningException>(() => GitVersionProgram.Locate(Repository, "missing/gitversion.dll", Environment));

        Assert.Contains(Path.Combine(Repository, "missing", "gitversion.dll"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_local_tool_manifest_naming_GitVersion_Tool_is_run_with_dotnet_tool_run()
    {
        Create("repo", ".config", "dotnet-tools.json");
        File.WriteAllText(Path.Combine(Repository, ".config", "dotnet-tools.json"), """
            { "version": 1, "isRoot": true, "tools": { "GitVersion.Tool": { "version": "6.8.2", "commands": [ "dotnet-gitversion" ] } } }
            """);
        Create("packages", "gitversion.msbuild", "6.8.2", "tools", "net10.0", "gitversion.dll");

        var program = GitVersionProgram.Locate(Repository, null, Environment);

        Assert.Equal("dotnet", program.Program);
        Assert.Equal(["tool", "run", "dotnet-gitversion", "--"], program.Arguments);
    }

    [Fact]
    public void A_manifest_without_GitVersion_is_passed_over_for_the_package_folder()
    {
        Create("repo", ".config", "dotnet-tools.json");
        File.WriteAllText(Path.Combine(Repository, ".config", "dotnet-tools.json"), """{ "version": 1, "tools": { "dotnet-reportgenerator-globaltool": { "version": "5.4.0", "commands": [ "reportgenerator" ] } } }""");
        var dll = Create("packages", "gitversion.msbuild", "6.8.2", "tools", "net10.0", "gitversion.dll");

        var program = GitVersionProgram.Locate(Repository, null, Environment);

        Assert.Equal([dll], program.Arguments);
    }

    [Fact]
    public void The_newest_package_and_framework_win_and_GitVersion_Tool_comes_before_GitVersion_MsBuild()
    {
        Create("packages", "gitversion.msbuild", "6.8.2", "tools", "net10.0", "gitversion.dll");
        Create("packages", "gitversion.tool", "5.12.0", "tools", "net6.0", "any", "gitversion.dll");
        Create("packages", "gitversion.tool", "6.10.0", "tools", "net8.0", "any", "gitversion.dll");
        var newest = Create("packages", "gitversion.tool", "6.10.0", "tools", "net9.0", "any", "gitversion.dll");
        Create("packages", "gitversion.tool", "6.9.0", "tools", "net10.0", "any", "gitversion.dll");

        var program = GitVersionProgram.Locate(Repository, null, Environment);

        Assert.Equal([newest], program.Arguments);
    }

    [Fact]
    public void Without_NUGET_PACKAGES_the_folder_under_home_is_searched()
    {
        var dll = Create(".nuget", "packages", "gitversion.msbuild", "6.8.2", "tools", "net10.0", "gitversion.dll");

        var program = GitVersionProgram.Locate(Repository, null, new Dictionary<string, string> { ["HOME"] = _root });

        Assert.Equal([dll], program.Arguments);
    }

    [Fact]
    public void No_GitVersion_anywhere_is_an_error_saying_how_to_get_it()
    {
        var error = Assert.Throws<VersioningException>(() => GitVersionProgram.Locate(Repository, null, Environment));

        Assert.Contains("dotnet tool install GitVersion.Tool", error.Message, StringComparison.Ordinal);
        Assert.Contains("<PackageDownload Include=\"GitVersion.MsBuild\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("--git-version-path", error.Message, StringComparison.Ordinal);
        Assert.Contains(Packages, error.Message, StringComparison.Ordinal);
    }
}
