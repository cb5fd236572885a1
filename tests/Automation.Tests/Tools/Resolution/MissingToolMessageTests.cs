namespace Automation.Tests.Tools.Resolution;

public sealed class MissingToolMessageTests : IDisposable
{
    private readonly ToolSandbox _sandbox = new();

    [Fact]
    public void The_message_lists_what_was_searched_and_how_to_add_the_tool()
    {
        _sandbox.BuildProject("""<PackageDownload Include="Other" Version="[1.0.0]" />""");
        _sandbox.Package("other", "1.0.0");
        _sandbox.SetPath("bin1", "bin2");

        var exception = Assert.Throws<ToolNotFoundException>(() => _sandbox.Resolve("reportgenerator"));

        var n = Environment.NewLine;
        Assert.Equal("reportgenerator", exception.ToolName);
        Assert.Equal(
            $"Tool 'reportgenerator' was not found.{n}" +
            $"Searched, in order:{n}" +
            $"  - environment variable REPORTGENERATOR_EXE: not set{n}" +
            $"  - local tool manifest {_sandbox.At("repo/.config/dotnet-tools.json")}: not found{n}" +
            $"  - local tool manifest {_sandbox.At("repo/dotnet-tools.json")}: not found{n}" +
            $"  - PackageDownload Other 1.0.0 of {_sandbox.At("repo/build/_build.csproj")}: no 'reportgenerator' in {_sandbox.At("packages/other/1.0.0/tools")}{n}" +
            $"  - PATH: no 'reportgenerator' in:{n}      {_sandbox.At("bin1")}{n}      {_sandbox.At("bin2")}{n}" +
            $"To add it, do one of:{n}" +
            $"  - make it a local tool (run in {_sandbox.Root}): dotnet tool install --local dotnet-reportgenerator-globaltool{n}" +
            $"    there is no tool manifest yet: create it first with: dotnet new tool-manifest{n}" +
            $"  - or have the build download it: <PackageDownload Include=\"ReportGenerator\" Version=\"[x.y.z]\" /> in {Path.Combine("build", "_build.csproj")}{n}" +
            $"  - or install it on PATH{n}" +
            "  - or set REPORTGENERATOR_EXE to the path of its executable",
            exception.Message);
    }

    [Fact]
    public void With_a_manifest_the_message_names_it_and_does_not_ask_to_create_one()
    {
        _sandbox.Manifest(ToolSandbox.ManifestTool("csharpier", "1.3.0", "csharpier"));

        var message = Assert.Throws<ToolNotFoundException>(() => _sandbox.Resolve("my-tool")).Message;

        Assert.Contains($"local tool manifest {_sandbox.At("repo/.config/dotnet-tools.json")}: no tool has the command 'my-tool'", message, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install --local <package-id>", message, StringComparison.Ordinal);
        Assert.Contains("PackageDownload items: no build project", message, StringComparison.Ordinal);
        Assert.Contains("PATH: empty (no directory to search)", message, StringComparison.Ordinal);
        Assert.Contains("set MY_TOOL_EXE", message, StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet new tool-manifest", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tool_that_is_no_dotnet_tool_is_offered_only_as_its_package_download()
    {
        var message = Assert.Throws<ToolNotFoundException>(() => _sandbox.Resolve("codecov")).Message;

        Assert.Contains("<PackageDownload Include=\"CodecovUploader\" Version=\"[x.y.z]\" />", message, StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet tool install", message, StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet new tool-manifest", message, StringComparison.Ordinal);
    }

    [Fact]
    public void On_windows_the_message_names_the_pathext_candidates()
    {
        _sandbox.Windows = true;
        _sandbox.SetPath("bin");

        var message = Assert.Throws<ToolNotFoundException>(() => _sandbox.Resolve("my-tool")).Message;

        Assert.Contains("PATH: no 'my-tool.COM', 'my-tool.EXE', 'my-tool.BAT', 'my-tool.CMD' in:", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_tool_is_an_invalid_operation_so_it_fails_the_target()
    {
        Assert.IsAssignableFrom<InvalidOperationException>(Assert.Throws<ToolNotFoundException>(() => _sandbox.Resolve("my-tool")));
    }

    public void Dispose() => _sandbox.Dispose();

    [Fact]
    public void A_missing_docker_says_to_install_Docker_not_a_package()
    {
        var message = Assert.Throws<ToolNotFoundException>(() => _sandbox.Resolve("docker")).Message;

        Assert.Contains("install Docker", message, StringComparison.Ordinal);
        Assert.Contains("set DOCKER_EXE", message, StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet tool install", message, StringComparison.Ordinal);
        Assert.DoesNotContain("PackageDownload Include", message, StringComparison.Ordinal);
    }
}
