namespace Automation.Tests.Tools.Resolution;

/// <summary>A .NET tool package whose command differs from its assembly (ReSharper's <c>jb</c>) resolves through its DotnetToolSettings.xml.</summary>
public sealed class ToolCommandEntryPointTests : IDisposable
{
    private readonly ToolSandbox _sandbox = new();

    public ToolCommandEntryPointTests() => _sandbox.Variables["DOTNET_HOST_PATH"] = _sandbox.Write("dotnet/dotnet", executable: true);

    [Fact]
    public void The_jb_command_runs_the_assembly_the_package_names_for_it()
    {
        _sandbox.BuildProject("""<PackageDownload Include="JetBrains.ReSharper.GlobalTools" Version="[2025.3.0]" />""");
        var dll = _sandbox.PackageAssembly("JetBrains.ReSharper.GlobalTools", "2025.3.0", "net8.0/any", "JetBrains.CommandLine.Products");
        _sandbox.Write(
            "packages/jetbrains.resharper.globaltools/2025.3.0/tools/net8.0/any/DotnetToolSettings.xml",
            """<DotNetCliTool Version="1"><Commands><Command Name="jb" EntryPoint="JetBrains.CommandLine.Products.dll" Runner="dotnet" /></Commands></DotNetCliTool>""");

        ExpectTool.Is(_sandbox.Resolve(ReSharperTasks.ToolName), _sandbox.At("dotnet/dotnet"), "PackageDownload JetBrains.ReSharper.GlobalTools 2025.3.0", dll);
    }

    [Fact]
    public void Without_the_package_the_error_names_it()
    {
        _sandbox.BuildProject(string.Empty);

        var exception = Assert.Throws<ToolNotFoundException>(() => _sandbox.Resolve(ReSharperTasks.ToolName));

        Assert.Contains("<PackageDownload Include=\"JetBrains.ReSharper.GlobalTools\"", exception.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install --local JetBrains.ReSharper.GlobalTools", exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _sandbox.Dispose();
}
