namespace Automation.Tests.Tools.Resolution;

public sealed class PackageDownloadTests : IDisposable
{
    private readonly ToolSandbox _sandbox = new();

    public PackageDownloadTests()
    {
        _sandbox.Variables["DOTNET_HOST_PATH"] = _sandbox.Write("dotnet/dotnet", executable: true);
        _sandbox.BuildProject("""<PackageDownload Include="ReportGenerator" Version="[5.6.0]" />""");
    }

    private string DotNet => _sandbox.At("dotnet/dotnet");

    [Fact]
    public void The_highest_framework_the_runtime_can_run_is_preferred()
    {
        foreach (var framework in new[] { "net8.0", "net9.0", "net10.0", "net11.0", "netcoreapp3.1" })
        {
            _sandbox.PackageAssembly("ReportGenerator", "5.6.0", framework, "ReportGenerator");
        }

        ExpectTool.Is(
            _sandbox.Resolve("reportgenerator"),
            DotNet,
            "PackageDownload ReportGenerator 5.6.0",
            _sandbox.At("packages/reportgenerator/5.6.0/tools/net10.0/ReportGenerator.dll"));
        _sandbox.Runtime = new Version(8, 0, 11);
        Assert.Equal([_sandbox.At("packages/reportgenerator/5.6.0/tools/net8.0/ReportGenerator.dll")], _sandbox.Resolve("reportgenerator").PrefixArguments);
    }

    [Fact]
    public void An_older_framework_is_used_when_that_is_all_there_is()
    {
        _sandbox.PackageAssembly("ReportGenerator", "5.6.0", "netcoreapp3.1", "ReportGenerator");
        _sandbox.PackageAssembly("ReportGenerator", "5.6.0", "net11.0", "ReportGenerator");

        Assert.Equal([_sandbox.At("packages/reportgenerator/5.6.0/tools/netcoreapp3.1/ReportGenerator.dll")], _sandbox.Resolve("reportgenerator").PrefixArguments);
    }

    [Fact]
    public void A_tool_package_layout_with_an_any_folder_is_searched()
    {
        _sandbox.PackageAssembly("ReportGenerator", "5.6.0", "net8.0/any", "ReportGenerator");

        Assert.Equal([_sandbox.At("packages/reportgenerator/5.6.0/tools/net8.0/any/ReportGenerator.dll")], _sandbox.Resolve("reportgenerator").PrefixArguments);
    }

    [Fact]
    public void An_assembly_without_a_runtimeconfig_is_a_library_not_a_tool()
    {
        _sandbox.Write("packages/reportgenerator/5.6.0/tools/net10.0/ReportGenerator.dll");
        _sandbox.PackageAssembly("ReportGenerator", "5.6.0", "net9.0", "ReportGenerator");

        Assert.Equal([_sandbox.At("packages/reportgenerator/5.6.0/tools/net9.0/ReportGenerator.dll")], _sandbox.Resolve("reportgenerator").PrefixArguments);
    }

    [Fact]
    public void A_native_executable_in_the_package_runs_directly()
    {
        _sandbox.BuildProject("""<PackageDownload Include="Native.Tool" Version="[1.0.0]" />""");
        _sandbox.Write("packages/native.tool/1.0.0/tools/net8.0/native-tool.exe");
        _sandbox.Write("packages/native.tool/1.0.0/tools/net8.0/native-tool", executable: true);

        ExpectTool.Is(_sandbox.Resolve("native-tool"), _sandbox.At("packages/native.tool/1.0.0/tools/net8.0/native-tool"), "PackageDownload Native.Tool 1.0.0");
        _sandbox.Windows = true;
        ExpectTool.Is(_sandbox.Resolve("native-tool"), _sandbox.At("packages/native.tool/1.0.0/tools/net8.0/native-tool.exe"), "PackageDownload Native.Tool 1.0.0");
    }

    [Fact]
    public void A_net_framework_executable_is_only_used_on_windows()
    {
        _sandbox.Write("packages/reportgenerator/5.6.0/tools/net47/ReportGenerator.exe", executable: true);
        _sandbox.SetPath();

        Assert.Throws<ToolNotFoundException>(() => _sandbox.Resolve("reportgenerator"));
        _sandbox.Windows = true;
        Assert.Equal(_sandbox.At("packages/reportgenerator/5.6.0/tools/net47/ReportGenerator.exe"), _sandbox.Resolve("reportgenerator").Program);
    }

    [Fact]
    public void Items_are_read_with_any_xml_namespace_several_ids_and_a_version_element()
    {
        _sandbox.BuildProject("""
            <PackageDownload Include="Other;ReportGenerator"><Version>[5.6.0]</Version></PackageDownload>
            """);
        var project = File.ReadAllText(_sandbox.At("repo/build/_build.csproj"))
            .Replace("<Project ", "<Project xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\" ", StringComparison.Ordinal);
        File.WriteAllText(_sandbox.At("repo/build/_build.csproj"), project);
        _sandbox.PackageAssembly("ReportGenerator", "5.6.0", "net8.0", "ReportGenerator");

        Assert.Equal("PackageDownload ReportGenerator 5.6.0", _sandbox.Resolve("reportgenerator").Source);
    }

    [Fact]
    public void The_entry_assemblys_build_project_metadata_wins_over_the_build_folder()
    {
        _sandbox.Write("repo/tools/automation/Build.csproj", """<Project><ItemGroup><PackageDownload Include="Special" Version="[1.0.0]" /></ItemGroup></Project>""");
        _sandbox.PackageAssembly("Special", "1.0.0", "net8.0", "reportgenerator");
        _sandbox.PackageAssembly("ReportGenerator", "5.6.0", "net8.0", "ReportGenerator");
        _sandbox.BuildProjectMetadata = "tools/automation/Build.csproj";

        Assert.Equal("PackageDownload Special 1.0.0", _sandbox.Resolve("reportgenerator").Source);
    }

    [Fact]
    public void Several_projects_in_the_build_folder_mean_no_build_project()
    {
        _sandbox.PackageAssembly("ReportGenerator", "5.6.0", "net8.0", "ReportGenerator");
        _sandbox.Write("repo/build/Other.csproj", "<Project />");
        _sandbox.SetPath();

        var exception = Assert.Throws<ToolNotFoundException>(() => _sandbox.Resolve("reportgenerator"));

        Assert.Contains("PackageDownload items: no build project", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_that_is_not_downloaded_is_reported()
    {
        _sandbox.SetPath();

        var exception = Assert.Throws<ToolNotFoundException>(() => _sandbox.Resolve("reportgenerator"));

        Assert.Contains($"PackageDownload ReportGenerator 5.6.0 of {_sandbox.At("repo/build/_build.csproj")}: not downloaded", exception.Message, StringComparison.Ordinal);
        Assert.Contains("run dotnet restore", exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _sandbox.Dispose();
}
