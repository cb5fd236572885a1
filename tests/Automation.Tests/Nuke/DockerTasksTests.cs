using Automation.Tests.Support;

namespace Automation.Tests.Nuke;

/// <summary>NUKE's static <c>DockerTasks</c> run through the current target (dry runs: nothing starts; the echo shows the command).</summary>
public sealed class DockerTasksTests : IDisposable
{
    private const string Password = "canary-d0cker-5ecret-4412";

    // An explicit docker path: the dry run needs none to exist on the machine, only a file to resolve.
    private static readonly string FakeDocker = Path.Combine(Path.GetTempPath(), "automation-tests", "docker-" + Guid.NewGuid().ToString("N"), "docker");

    public DockerTasksTests()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FakeDocker)!);
        File.WriteAllText(FakeDocker, string.Empty);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(FakeDocker)!, recursive: true);

    private sealed class DockerBuild : AutomationBuild
    {
        Target Publish => _ => _
            .Executes(() =>
            {
                DockerTasks.DockerLogin(new DockerLoginSettings().SetServer("registry.example").SetUsername("ci").SetPassword(Password).SetProcessToolPath(FakeDocker));
                DockerTasks.DockerBuild(s => s.SetPath(".").SetTag("app:1.0").SetProcessToolPath(FakeDocker));
                DockerTasks.DockerImagePush(new DockerImagePushSettings().SetName("app:1.0").SetProcessToolPath(FakeDocker));
            });
    }

    [Fact]
    public void Docker_tasks_run_in_the_target_and_never_show_the_password()
    {
        var run = BuildHarness.Run<DockerBuild>("publish", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("docker login --username ci --password-stdin registry.example", run.Output, StringComparison.Ordinal);
        Assert.Contains("docker build --tag app:1.0 .", run.Output, StringComparison.Ordinal);
        Assert.Contains("docker image push app:1.0", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_docker_task_outside_a_target_names_the_fix()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DockerTasks.DockerPush(s => s.SetName("app:1.0")));

        Assert.StartsWith("DockerPush runs commands", error.Message, StringComparison.Ordinal);
    }
}
