using Automation.Tests.Tools.Resolution;
using Automation.Tools.Resolution;

namespace Automation.Tests.Tools.Delegates;

/// <summary>NUKE's <c>NuGetPackageResolver.GetPackagesDirectory</c>: where restores put packages.</summary>
public sealed class NuGetPackageResolverTests : IDisposable
{
    private readonly ToolSandbox _sandbox = new();

    private AbsolutePath PackagesOf(string? projectFile) =>
        NuGetPackageResolver.GetPackagesDirectory(
            new ToolEnvironment(AbsolutePath.Create(_sandbox.Root), _sandbox.Variables, _sandbox.Platform),
            projectFile is null ? null : AbsolutePath.Create(_sandbox.At(projectFile)));

    [Fact]
    public void NUGET_PACKAGES_comes_first() =>
        Assert.Equal(_sandbox.Packages, PackagesOf("repo/build/_build.csproj").ToString());

    [Fact]
    public void Else_the_nearest_nuget_config_with_a_global_packages_folder_relative_to_it()
    {
        _sandbox.Variables.Remove("NUGET_PACKAGES");
        _sandbox.Write("repo/NuGet.Config", """<configuration><config><add key="globalPackagesFolder" value=".packages" /></config></configuration>""");
        _sandbox.Write("repo/build/nuget.config", """<configuration><packageSources><add key="feed" value="https://example.invalid" /></packageSources></configuration>""");

        Assert.Equal(_sandbox.At("repo/.packages"), PackagesOf("repo/build/_build.csproj").ToString());
    }

    [Fact]
    public void Else_the_users_packages_folder()
    {
        _sandbox.Variables.Remove("NUGET_PACKAGES");
        _sandbox.Variables["HOME"] = _sandbox.At("home");
        _sandbox.Variables["USERPROFILE"] = _sandbox.At("home");

        Assert.Equal(Path.Combine(_sandbox.At("home"), ".nuget", "packages"), PackagesOf(null).ToString());
    }

    public void Dispose() => _sandbox.Dispose();
}
