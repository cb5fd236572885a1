using Automation.Tests.Tools.Resolution;
using Automation.Tools.Delegates;
using Automation.Tools.Resolution;

namespace Automation.Tests.Tools.Delegates;

/// <summary>How NUKE's <c>DotMemoryUnitTasks.DotMemoryUnitPath</c> and <c>NUnitTasks.NUnitPath</c> find their program.</summary>
public sealed class PackagedToolTaskTests : IDisposable
{
    private readonly ToolSandbox _sandbox = new();

    private ToolLookup Lookup => new(new ToolEnvironment(AbsolutePath.Create(_sandbox.Root), _sandbox.Variables, _sandbox.Platform));

    private static PackagedToolTask DotMemoryUnit => new(DotMemoryUnitTasks.Runner);

    [Fact]
    public void The_program_comes_from_the_package_the_build_project_downloads()
    {
        _sandbox.BuildProject("""<PackageDownload Include="JetBrains.DotMemoryUnit" Version="[3.2.20220510]" />""");
        var program = _sandbox.Write("packages/jetbrains.dotmemoryunit/3.2.20220510/lib/tools/dotMemoryUnit.exe");

        Assert.Equal(program, DotMemoryUnit.PathIn(Lookup));
    }

    [Fact]
    public void The_override_variable_wins_over_the_package()
    {
        _sandbox.BuildProject("""<PackageDownload Include="NUnit.ConsoleRunner" Version="[3.15.2]" />""");
        _sandbox.Write("packages/nunit.consolerunner/3.15.2/tools/nunit3-console.exe");
        var own = _sandbox.Write("repo/tools/nunit3-console.exe");
        _sandbox.Variables["NUNIT_EXE"] = own;

        Assert.Equal(own, new PackagedToolTask(NUnitTasks.Runner).PathIn(Lookup));
    }

    [Fact]
    public void Without_the_package_the_error_names_the_line_to_add()
    {
        _sandbox.BuildProject("""<PackageDownload Include="ReportGenerator" Version="[5.6.0]" />""");

        var error = Assert.Throws<ToolNotFoundException>(() => DotMemoryUnit.PathIn(Lookup));

        Assert.Equal("dotMemoryUnit", error.ToolName);
        Assert.Contains("<PackageDownload Include=\"JetBrains.DotMemoryUnit\" Version=\"[x.y.z]\" />", error.Message, StringComparison.Ordinal);
        Assert.Contains("DOTMEMORYUNIT_EXE", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_runner_on_PATH_is_found_when_no_package_brings_it()
    {
        _sandbox.BuildProject(string.Empty);
        var runner = _sandbox.Write("bin/nunit3-console", executable: true);
        _sandbox.SetPath("bin");

        Assert.Equal(runner, new PackagedToolTask(NUnitTasks.Runner).PathIn(Lookup));
    }

    [Fact]
    public void A_missing_runner_offers_dotnet_test_instead()
    {
        _sandbox.BuildProject(string.Empty);

        var error = Assert.Throws<ToolNotFoundException>(() => new PackagedToolTask(NUnitTasks.Runner).PathIn(Lookup));

        Assert.Contains("<PackageDownload Include=\"NUnit.ConsoleRunner\" Version=\"[x.y.z]\" />", error.Message, StringComparison.Ordinal);
        Assert.Contains("DotNetTest", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _sandbox.Dispose();
}
