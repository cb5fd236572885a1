using Automation.Tools.Resolution;

namespace Automation.Tests.Tools.Coverlet;

/// <summary>
/// NUKE's <c>CoverletTasks</c> and <c>DotNetNuGetAddSource</c> without running anything: the command lines their
/// settings make in the fluent forms real builds use, and where coverlet is found (files in a temp folder).
/// </summary>
public sealed class CoverletTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("coverlet-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_per_project_coverlet_run_makes_coverlets_command_line()
    {
        var settings = new CoverletSettings()
            .SetFormat("cobertura")
            .SetTarget("dotnet")
            .SetTargetArgs(["test", "/src/My Tests/My.Tests.csproj", "--no-build", "--configuration", "Debug"])
            .SetAssembly("/src/My Tests/bin/Debug/net8.0/My.Tests.dll")
            .SetInclude("[My]*")
            .SetOutput("/artifacts/coverage/My.Tests.xml")
            .SetThreshold(80)
            .SetThresholdType(CoverletThresholdType.line)
            .AddExclude("[*]Generated.*");

        Assert.Equal(
            [
                "/src/My Tests/bin/Debug/net8.0/My.Tests.dll",
                "--target", "dotnet",
                "--targetargs", "test \"/src/My Tests/My.Tests.csproj\" --no-build --configuration Debug",
                "--output", "/artifacts/coverage/My.Tests.xml",
                "--format", "cobertura",
                "--threshold", "80",
                "--threshold-type", "line",
                "--exclude", "[*]Generated.*",
                "--include", "[My]*",
            ],
            settings.ToArguments());
    }

    [Fact]
    public void Several_formats_repeat_the_switch()
    {
        var settings = new CoverletSettings().SetAssembly("t.dll").SetFormat(CoverletOutputFormat.cobertura, CoverletOutputFormat.lcov).EnableVersion();

        Assert.Equal(["t.dll", "--format", "cobertura", "--format", "lcov", "--version"], settings.ToArguments());
    }

    [Fact]
    public void Coverlet_without_an_assembly_says_what_to_set()
    {
        var error = Assert.Throws<ArgumentException>(() => CoverletTasks.Coverlet(s => s.SetTarget("dotnet")));

        Assert.Contains("SetAssembly", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Coverlet_comes_from_the_package_the_build_project_downloads()
    {
        var packages = Path.Combine(_root, "packages");
        var dll = Path.Combine(packages, "coverlet.console", "6.0.1", "tools", "net6.0", "any", "coverlet.console.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(dll)!);
        File.WriteAllText(dll, string.Empty);
        BuildProject("""<PackageDownload Include="coverlet.console" Version="[6.0.1]" />""");

        var command = CoverletTasks.Tool.Resolve(Environment(packages), explicitPath: null, framework: null);

        Assert.Equal([dll], command.PrefixArguments);
        Assert.Equal("package coverlet.console", command.Source);
    }

    [Fact]
    public void A_missing_coverlet_names_its_package_and_the_collector_alternative()
    {
        BuildProject(string.Empty);

        var error = Assert.Throws<ToolNotFoundException>(() => CoverletTasks.Tool.Resolve(Environment(Path.Combine(_root, "packages")), explicitPath: null, framework: null));

        Assert.Contains("Tool 'coverlet' was not found.", error.Message, StringComparison.Ordinal);
        Assert.Contains("<PackageDownload Include=\"coverlet.console\" Version=\"[x.y.z]\" />", error.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install --local coverlet.console", error.Message, StringComparison.Ordinal);
        Assert.Contains("XPlat Code Coverage", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_NuGet_source_makes_dotnets_command_line_and_masks_the_password()
    {
        const string canary = "canary-password-8c1f";
        var settings = new DotNetNuGetAddSourceSettings()
            .SetName("internal")
            .SetSource("https://nuget.example/v3/index.json")
            .SetUsername("builder")
            .SetPassword(canary)
            .EnableStorePasswordInClearText()
            .SetValidAuthenticationTypes("basic")
            .SetConfigFile("/repo/NuGet.Config");

        Assert.Equal(
            ["nuget", "add", "source", "https://nuget.example/v3/index.json", "--name", "internal", "--username", "builder", "--password", canary,
             "--store-password-in-clear-text", "--valid-authentication-types", "basic", "--configfile", "/repo/NuGet.Config"],
            settings.ToArguments());
        Assert.DoesNotContain(canary, settings.ToString(), StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new DotNetNuGetAddSourceSettings().SetName("internal").ToArguments());
    }

    [Fact]
    public void Pack_can_leave_project_references_unbuilt()
    {
        Assert.Contains("--no-dependencies", new DotNetPackSettings().EnableNoBuild().EnableNoDependencies().ToArguments());
    }

    private ToolEnvironment Environment(string packages) =>
        new(AbsolutePath.Create(_root), new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages, ["PATH"] = Path.Combine(_root, "empty-path") }, new ToolPlatform(IsWindows: false, new Version(10, 0), HomeDirectory: null, BuildProjectFile: null));

    private void BuildProject(string items)
    {
        Directory.CreateDirectory(Path.Combine(_root, "build"));
        File.WriteAllText(Path.Combine(_root, "build", "_build.csproj"), $"<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup>{items}</ItemGroup></Project>");
    }
}
