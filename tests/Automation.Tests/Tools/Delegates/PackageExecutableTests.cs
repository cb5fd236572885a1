using Automation.Tests.Tools.Resolution;
using Automation.Tools.Delegates;
using Automation.Tools.Resolution;

namespace Automation.Tests.Tools.Delegates;

/// <summary>How <c>[NuGetPackage]</c> and <c>NuGetToolPathResolver</c> find a program inside a package of the build project.</summary>
public sealed class PackageExecutableTests : IDisposable
{
    private readonly ToolSandbox _sandbox = new();

    private PackageExecutable Finder => new(new ToolEnvironment(AbsolutePath.Create(_sandbox.Root), _sandbox.Variables, _sandbox.Platform));

    [Fact]
    public void The_version_the_build_project_downloads_is_used_and_the_framework_the_runtime_runs_is_preferred()
    {
        _sandbox.BuildProject("""<PackageDownload Include="ReportGenerator" Version="[5.6.0]" />""");
        _sandbox.PackageAssembly("ReportGenerator", "5.5.0", "net10.0", "ReportGenerator");
        foreach (var framework in new[] { "net8.0", "net10.0", "net11.0" })
        {
            _sandbox.PackageAssembly("ReportGenerator", "5.6.0", framework, "ReportGenerator");
        }

        Assert.Equal(_sandbox.At("packages/reportgenerator/5.6.0/tools/net10.0/ReportGenerator.dll"), Finder.Find("ReportGenerator", "ReportGenerator.dll", version: null, framework: null));
        Assert.Equal(_sandbox.At("packages/reportgenerator/5.6.0/tools/net8.0/ReportGenerator.dll"), Finder.Find("ReportGenerator", "ReportGenerator.dll", version: null, framework: "net8.0"));
    }

    [Fact]
    public void A_package_reference_names_the_version_and_alternatives_are_separated_by_a_bar()
    {
        _sandbox.BuildProject("""<PackageReference Include="GitVersion.Tool" Version="6.1.0" />""");
        var executable = _sandbox.Write("packages/gitversion.tool/6.1.0/tools/net8.0/any/gitversion.sh");

        Assert.Equal(executable, Finder.Find("GitVersion.Tool", "gitversion.dll|gitversion.sh", version: null, framework: null));
    }

    [Fact]
    public void A_package_the_build_project_does_not_name_is_an_error_naming_the_line_to_add()
    {
        _sandbox.BuildProject("""<PackageDownload Include="ReportGenerator" Version="[5.6.0]" />""");

        var error = Assert.Throws<FileNotFoundException>(() => Finder.Find("dotnet-sonarscanner", "SonarScanner.MSBuild.dll", version: null, framework: null));

        Assert.Contains("<PackageDownload Include=\"dotnet-sonarscanner\" Version=\"[<version>]\" />", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_not_restored_is_an_error_naming_restore()
    {
        _sandbox.BuildProject("""<PackageDownload Include="ReportGenerator" Version="[5.6.0]" />""");

        var error = Assert.Throws<FileNotFoundException>(() => Finder.Find("ReportGenerator", "ReportGenerator.dll", version: null, framework: null));

        Assert.Contains("ReportGenerator 5.6.0 is not in the NuGet packages folder", error.Message, StringComparison.Ordinal);
        Assert.Contains("run dotnet restore", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _sandbox.Dispose();
}
