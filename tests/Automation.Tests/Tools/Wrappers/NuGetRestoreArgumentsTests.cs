namespace Automation.Tests.Tools.Wrappers;

/// <summary>NUKE's <c>NuGetRestore</c> and NuGetPack's <c>SetMSBuildPath</c>: nuget.exe's arguments from the fluent forms.</summary>
public sealed class NuGetRestoreArgumentsTests
{
    [Fact]
    public void NuGet_restore_puts_the_command_and_path_first_and_its_options_after()
    {
        var restore = new NuGetRestoreSettings().SetTargetPath("App.sln").SetPackagesDirectory("packages").AddSource("https://a", "https://b")
            .EnableNoHttpCache().SetMSBuildPath("/msbuild/bin").EnableNonInteractive();

        Assert.Equal(
            ["restore", "App.sln", "-PackagesDirectory", "packages", "-Source", "https://a", "-Source", "https://b", "-NoHttpCache", "-MSBuildPath", "/msbuild/bin", "-NonInteractive"],
            restore.ToArguments());
    }

    [Fact]
    public void NuGet_pack_passes_the_MSBuild_path()
    {
        var pack = new NuGetPackSettings().SetTargetPath("a.csproj").SetMSBuildPath("/msbuild/bin");

        Assert.Equal(["pack", "a.csproj", "-MSBuildPath", "/msbuild/bin"], pack.ToArguments());
    }
}
