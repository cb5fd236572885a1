using Automation.Tests.Support;
using static Automation.MSBuildTasks;

namespace Automation.Tests.Nuke;

/// <summary>NUKE's <c>MSBuildTasks</c>: MSBuild's switches from fluent settings, which MSBuild runs them, and <c>[MSBuildVerbosityMapping]</c>.</summary>
public sealed class MSBuildTasksTests
{
    private class NukeStyle : AutomationBuild
    {
        AbsolutePath Solution => RootDirectory / "App.sln";

        Target Compile => _ => _
            .Executes(() => MSBuild(s => s
                .SetTargetPath(Solution)
                .SetTargets("Restore", "Build")
                .SetConfiguration("Release")
                .SetTargetPlatform((MSBuildTargetPlatform)"AnyCPU")
                .SetNodeReuse(false)
                .SetMaxCpuCount(4)
                .SetAssemblyVersion("1.2.0.0")
                .AddProperty("DeployOnBuild", true)
                .AddProperty("publishUrl", "out;dir")));

        Target Quiet => _ => _
            .Executes(() => MSBuild(s => s.SetProjectFile("App.csproj")));

        Target Loud => _ => _
            .Executes(() => MSBuild(s => s.SetProjectFile("App.csproj").SetVerbosity(MSBuildVerbosity.Diagnostic)));
    }

    [MSBuildVerbosityMapping]
    private sealed class Mapped : NukeStyle
    {
    }

    [Fact]
    public void Without_a_standalone_MSBuild_the_SDKs_dotnet_msbuild_gets_MSBuilds_switches()
    {
        var run = BuildHarness.Run<NukeStyle>("compile", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        // The echo quotes the argument holding ';'; it is still one argument.
        Assert.Matches(
            @"\[dry-run\] > \S*dotnet msbuild \S+/App\.sln ""-target:Restore;Build"" -nodeReuse:false -maxCpuCount:4 -p:Configuration=Release -p:Platform=AnyCPU -p:AssemblyVersion=1\.2\.0\.0 -p:DeployOnBuild=true -p:publishUrl=out%3Bdir",
            run.Output);
    }

    [Fact]
    public void MSBUILD_EXE_names_the_standalone_MSBuild_to_run()
    {
        using var repository = new TestRepository();
        var msbuild = Path.Combine(repository.Root, "tools", "msbuild");
        Directory.CreateDirectory(Path.GetDirectoryName(msbuild)!);
        File.WriteAllText(msbuild, string.Empty);

        var run = BuildHarness.Run<NukeStyle>(new BuildOptions { Repository = repository, Variables = new Dictionary<string, string> { ["MSBUILD_EXE"] = msbuild } }, "quiet", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"[dry-run] > {msbuild} App.csproj", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet msbuild", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void MSBuildVerbosityMapping_gives_unset_runs_the_builds_verbosity_and_keeps_a_set_one()
    {
        var mapped = BuildHarness.Run<Mapped>("quiet", "loud", "--dry-run", "--verbosity", "verbose");
        var plain = BuildHarness.Run<NukeStyle>("quiet", "--dry-run", "--verbosity", "verbose");

        Assert.Contains("msbuild App.csproj -verbosity:detailed", mapped.Output, StringComparison.Ordinal);
        Assert.Contains("msbuild App.csproj -verbosity:diagnostic", mapped.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("-verbosity:", plain.Output, StringComparison.Ordinal);
    }
}
