using Automation.Tests.Support;
using Automation.Tools.Docker;

namespace Automation.Tests.Tools.Docker;

/// <summary>
/// NUKE's <c>.DockerRun(…)</c> on a target: the <c>docker run</c> that replaces the target's actions, the repository
/// mounted and the same build started there for that target alone, variables by name, secrets masked, and
/// <c>--plan</c>. The run itself, with a docker stand-in, is in the integration tests (<c>DockerRunTargetTests</c>).
/// </summary>
public sealed class DockerRunTargetTests : IDisposable
{
    private const string Canary = "canary-d0ckerrun-7719";

    // An explicit docker path: the dry runs need none to exist on the machine, only a file to resolve.
    private static readonly string FakeDocker = Path.Combine(Path.GetTempPath(), "automation-tests", "docker-" + Guid.NewGuid().ToString("N"), "docker");

    private static readonly AbsolutePath Root = AbsolutePath.Create("/work/repo");

    public DockerRunTargetTests()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FakeDocker)!);
        File.WriteAllText(FakeDocker, string.Empty);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(FakeDocker)!, recursive: true);

    private sealed class ContainerBuild : AutomationBuild
    {
        [Parameter, Secret] readonly string? Token = null;

        Target Compile => _ => _.Executes(ctx => ctx.Info("compiled here"));

        Target InDocker => _ => _
            .DependsOn(Compile)
            .DockerRun(_ => _
                .SetImage("mcr.microsoft.com/dotnet/sdk:10.0")
                .SetPlatform("linux/amd64")
                .SetProcessEnvironmentVariable("API_TOKEN", Token)
                .AddEnv($"INLINE_TOKEN={Token}")
                .SetProcessToolPath(FakeDocker))
            .Executes(ctx => ctx.Info("the actions ran"));
    }

    [Fact]
    public void The_run_mounts_the_repository_and_starts_the_same_build_for_the_one_target()
    {
        var settings = new DockerRunTargetSettings()
            .SetImage("mcr.microsoft.com/dotnet/sdk:10.0")
            .SetPlatform("linux/arm64")
            .SetUser("1000:1000")
            .AddVolume("/cache:/cache")
            .AddEnv("MODE=ci")
            .SetProcessEnvironmentVariable("API_TOKEN", Canary)
            .SetProcessEnvironmentVariable("REMOVED", null)
            .SetArgs("--verbosity", "verbose");
        var launch = new ContainerLaunch("in-docker", Root, Root / ".nuke" / "temp" / "build" / "_build.dll", AbsolutePath.Create("/home/me/.nuget/packages"), WindowsHost: false, ["AUTOMATION_ROOT_LOCKS"]);

        var arguments = ContainerTargetCommand.Settings(settings, launch).ToArguments();

        Assert.Equal(
            [
                "run", "--entrypoint", "dotnet",
                "--env", "AUTOMATION_INTERCEPTED_TARGET=in-docker", "--env", "DOTNET_CLI_TELEMETRY_OPTOUT=1", "--env", "DOTNET_NOLOGO=1",
                "--env", "DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1", "--env", "NUGET_PACKAGES=/home/me/.nuget/packages",
                "--env", "AUTOMATION_ROOT_LOCKS", "--env", "API_TOKEN", "--env", "MODE=ci",
                "--platform", "linux/arm64", "--rm", "--user", "1000:1000",
                "--volume", "/work/repo:/work/repo", "--volume", "/home/me/.nuget/packages:/home/me/.nuget/packages", "--volume", "/cache:/cache",
                "--workdir", "/work/repo",
                "mcr.microsoft.com/dotnet/sdk:10.0", "/work/repo/.nuke/temp/build/_build.dll", "in-docker", "--skip", "--verbosity", "verbose",
            ],
            arguments);
        Assert.DoesNotContain(arguments, a => a.Contains(Canary, StringComparison.Ordinal));
    }

    [Fact]
    public void A_self_contained_build_is_the_entry_point_and_a_build_outside_the_repository_is_mounted_read_only()
    {
        var settings = new DockerRunTargetSettings().SetImage("ubuntu:24.04").SetDotNetRuntime("linux-x64");

        var selfContained = ContainerTargetCommand.Settings(settings, new ContainerLaunch("test", Root, Root / ".nuke" / "temp" / "docker" / "linux-x64" / "_build", null, WindowsHost: false, []));
        var outside = ContainerTargetCommand.Settings(settings, new ContainerLaunch("test", Root, AbsolutePath.Create("/opt/builds/_build.dll"), null, WindowsHost: false, []));

        Assert.Equal("/work/repo/.nuke/temp/docker/linux-x64/_build", selfContained.Entrypoint);
        Assert.Null(selfContained.Command);
        Assert.Equal(["test", "--skip"], selfContained.Args);
        Assert.Equal(["/work/repo:/work/repo", "/opt/builds:/opt/builds:ro"], outside.Volume);
        Assert.Equal(("dotnet", "/opt/builds/_build.dll"), (outside.Entrypoint, outside.Command));
    }

    [Fact]
    public void Without_an_image_the_error_names_the_target_and_the_fix()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ContainerTargetCommand.Settings(new DockerRunTargetSettings(), new ContainerLaunch("test", Root, Root / "_build.dll", null, false, [])));

        Assert.Equal("Target 'test' runs in a container but names no image: add .SetImage(\"mcr.microsoft.com/dotnet/sdk:10.0\") to its .DockerRun(…).", error.Message);
    }

    [Fact]
    public void The_password_stays_out_of_ToString()
    {
        var settings = new DockerRunTargetSettings().SetImage("app").SetUsername("ci").SetPassword(Canary).SetServer("registry.example");

        Assert.DoesNotContain(Canary, settings.ToString(), StringComparison.Ordinal);
        Assert.Contains("Password = ***", settings.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_target_runs_docker_instead_of_its_actions_and_the_dependencies_here()
    {
        var run = BuildHarness.Run<ContainerBuild>("in-docker", "--token", Canary, "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("compiled here", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("the actions ran", run.Output, StringComparison.Ordinal);
        var echo = run.Output.Split('\n').Single(l => l.Contains("docker run", StringComparison.Ordinal));
        Assert.Contains("--env AUTOMATION_INTERCEPTED_TARGET=in-docker", echo, StringComparison.Ordinal);
        Assert.Contains("--env API_TOKEN --env INLINE_TOKEN=*** --platform linux/amd64 --rm", echo, StringComparison.Ordinal);
        Assert.Contains("mcr.microsoft.com/dotnet/sdk:10.0", echo, StringComparison.Ordinal);
        Assert.EndsWith("in-docker --skip", echo.TrimEnd(), StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, run.Log ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void In_the_build_it_starts_the_target_runs_its_actions()
    {
        var run = BuildHarness.Run<ContainerBuild>(new BuildOptions { Variables = new Dictionary<string, string> { ["AUTOMATION_INTERCEPTED_TARGET"] = "in-docker" } }, "in-docker", "--skip");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("the actions ran", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("docker run", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("compiled here", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_shows_the_target_runs_in_a_container()
    {
        var run = BuildHarness.Run<ContainerBuild>("in-docker", "--plan");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"2\. in-docker\s+invoked — runs in a Docker container", run.Output);
        Assert.DoesNotMatch(@"compile\s.*Docker", run.Output);
    }
}
