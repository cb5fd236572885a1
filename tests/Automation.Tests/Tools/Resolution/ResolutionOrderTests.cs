namespace Automation.Tests.Tools.Resolution;

/// <summary>The order: explicit path, MYTOOL_EXE, local tool manifest, PackageDownload, PATH; each earlier step wins.</summary>
public sealed class ResolutionOrderTests : IDisposable
{
    private readonly ToolSandbox _sandbox = new();

    public ResolutionOrderTests()
    {
        _sandbox.Write("explicit/mytool", executable: true);
        _sandbox.Variables["MYTOOL_EXE"] = _sandbox.Write("override/mytool", executable: true);
        _sandbox.Variables["DOTNET_HOST_PATH"] = _sandbox.Write("dotnet/dotnet", executable: true);
        _sandbox.Manifest(ToolSandbox.ManifestTool("mytool-package", "1.0.0", "mytool"));
        _sandbox.RestoredTool("mytool-package", "1.0.0", "mytool");
        _sandbox.BuildProject("""<PackageDownload Include="MyTool" Version="[2.0.0]" />""");
        _sandbox.PackageAssembly("MyTool", "2.0.0", "net8.0", "mytool");
        _sandbox.Write("bin/mytool", executable: true);
        _sandbox.SetPath("bin");
    }

    private string DotNet => _sandbox.At("dotnet/dotnet");

    [Fact]
    public void An_explicit_path_wins_over_everything()
    {
        var tool = _sandbox.Resolve("mytool", _sandbox.At("explicit/mytool"));

        ExpectTool.Is(tool, _sandbox.At("explicit/mytool"), "explicit path");
    }

    [Fact]
    public void The_environment_override_wins_over_the_manifest()
    {
        var tool = _sandbox.Resolve("mytool");

        Assert.Equal(_sandbox.At("override/mytool"), tool.Program);
        Assert.Equal("MYTOOL_EXE", tool.Source);
    }

    [Fact]
    public void The_local_tool_manifest_wins_over_package_downloads()
    {
        _sandbox.Variables.Remove("MYTOOL_EXE");

        var tool = _sandbox.Resolve("mytool");

        Assert.Equal(DotNet, tool.Program);
        Assert.Equal(["tool", "run", "mytool", "--"], tool.PrefixArguments);
        Assert.Equal(".config/dotnet-tools.json", tool.Source);
    }

    [Fact]
    public void A_package_download_wins_over_path()
    {
        _sandbox.Variables.Remove("MYTOOL_EXE");
        File.Delete(_sandbox.At("repo/.config/dotnet-tools.json"));

        var tool = _sandbox.Resolve("mytool");

        Assert.Equal(DotNet, tool.Program);
        Assert.Equal([_sandbox.At("packages/mytool/2.0.0/tools/net8.0/mytool.dll")], tool.PrefixArguments);
        Assert.Equal("PackageDownload MyTool 2.0.0", tool.Source);
    }

    [Fact]
    public void Path_is_the_last_resort()
    {
        _sandbox.Variables.Remove("MYTOOL_EXE");
        File.Delete(_sandbox.At("repo/.config/dotnet-tools.json"));
        File.Delete(_sandbox.At("repo/build/_build.csproj"));

        var tool = _sandbox.Resolve("mytool");

        ExpectTool.Is(tool, _sandbox.At("bin/mytool"), "PATH");
    }

    [Fact]
    public void An_explicit_assembly_runs_with_the_builds_dotnet()
    {
        var dll = _sandbox.Write("explicit/mytool.dll");

        var tool = _sandbox.Resolve("mytool", dll);

        Assert.Equal(DotNet, tool.Program);
        Assert.Equal([dll], tool.PrefixArguments);
    }

    [Fact]
    public void An_explicit_path_that_does_not_exist_is_an_error_naming_it()
    {
        var exception = Assert.Throws<ToolNotFoundException>(() => _sandbox.Resolve("mytool", "tools/missing"));

        Assert.Equal("mytool", exception.ToolName);
        Assert.Contains(Path.Combine(_sandbox.Root, "tools", "missing"), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolutions_are_cached_per_resolver()
    {
        var resolver = _sandbox.Resolver();
        var context = _sandbox.Context();

        var first = resolver.Resolve("mytool", null, context);
        File.Delete(_sandbox.At("override/mytool"));
        var second = resolver.Resolve("mytool", null, context);

        Assert.Same(first, second);
        Assert.Throws<ToolNotFoundException>(() => _sandbox.Resolver().Resolve("mytool", null, context));
    }

    [Fact]
    public void A_failed_resolution_is_not_cached()
    {
        var resolver = _sandbox.Resolver();
        var context = _sandbox.Context();
        _sandbox.Variables["OTHER_EXE"] = _sandbox.At("later/other");

        Assert.Throws<ToolNotFoundException>(() => resolver.Resolve("other", null, context));
        _sandbox.Write("later/other", executable: true);

        Assert.Equal(_sandbox.At("later/other"), resolver.Resolve("other", null, context).Program);
    }

    [Fact]
    public void A_path_is_not_a_tool_name()
    {
        Assert.Throws<ArgumentException>(() => _sandbox.Resolve("bin/mytool"));
    }

    public void Dispose() => _sandbox.Dispose();
}
