namespace Automation.Tests.Tools.Docker;

/// <summary>NUKE's <c>docker</c> settings render the CLI's arguments: global options first, then the command, its options and operands.</summary>
public sealed class DockerSettingsTests
{
    [Fact]
    public void Docker_build_renders_its_options_then_the_context()
    {
        var settings = new DockerBuildSettings()
            .SetFile("src/App/Dockerfile")
            .SetPath("src/App")
            .SetTag("app:latest", "app:1.2.3")
            .AddBuildArg("CONFIGURATION=Release")
            .SetLabel("org.opencontainers.image.revision=abc")
            .SetTarget("final")
            .SetPlatform("linux/amd64")
            .SetProgress("plain")
            .EnableNoCache()
            .EnablePull();

        Assert.Equal(
            [
                "build", "--file", "src/App/Dockerfile", "--tag", "app:latest", "--tag", "app:1.2.3", "--build-arg", "CONFIGURATION=Release",
                "--label", "org.opencontainers.image.revision=abc", "--target", "final", "--platform", "linux/amd64", "--progress", "plain",
                "--no-cache", "--pull", "src/App",
            ],
            settings.ToArguments());
    }

    [Fact]
    public void Global_options_go_before_the_command_and_extra_arguments_after()
    {
        var settings = new DockerPushSettings().SetName("registry.example/app:1.0").SetConfig("/ci/.docker").SetLogLevel("warn").EnableTLSVerify()
            .EnableAllTags().AddExtraArguments("--quiet");

        Assert.Equal(["--config", "/ci/.docker", "--log-level", "warn", "--tlsverify", "push", "--all-tags", "registry.example/app:1.0", "--quiet"], settings.ToArguments());
    }

    [Fact]
    public void Tag_push_pull_and_logout_render_their_operands()
    {
        Assert.Equal(["tag", "app:1.0", "registry.example/app:1.0"], new DockerTagSettings().SetSourceImage("app:1.0").SetTargetImage("registry.example/app:1.0").ToArguments());
        Assert.Equal(["image", "push", "--disable-content-trust", "app:1.0"], new DockerImagePushSettings().SetName("app:1.0").EnableDisableContentTrust().ToArguments());
        Assert.Equal(["pull", "--platform", "linux/arm64", "--quiet", "alpine:3"], new DockerPullSettings().SetName("alpine:3").SetPlatform("linux/arm64").EnableQuiet().ToArguments());
        Assert.Equal(["logout", "registry.example"], new DockerLogoutSettings().SetServer("registry.example").ToArguments());
        Assert.Equal(["logout"], new DockerLogoutSettings().ToArguments());
    }

    [Fact]
    public void A_missing_operand_names_the_setting()
    {
        Assert.Equal("DockerBuildSettings.Path is required: the build context (a folder, a URL or -).", Assert.Throws<InvalidOperationException>(() => new DockerBuildSettings().ToArguments()).Message);
        Assert.Contains("DockerTagSettings.TargetImage is required", Assert.Throws<InvalidOperationException>(() => new DockerTagSettings().SetSourceImage("a").ToArguments()).Message, StringComparison.Ordinal);
        Assert.Contains("DockerPushSettings.Name is required", Assert.Throws<InvalidOperationException>(() => new DockerPushSettings().ToArguments()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Login_keeps_the_password_off_the_command_line_and_out_of_ToString()
    {
        const string password = "canary-pa55word-7781";
        var settings = new DockerLoginSettings().SetServer("registry.example").SetUsername("ci").SetPassword(password);

        Assert.Equal(["login", "--username", "ci", "--password-stdin", "registry.example"], settings.ToArguments());
        Assert.Equal(password, settings.WithPasswordInput(new RunOptions()).StandardInput);
        Assert.DoesNotContain(password, settings.ToString(), StringComparison.Ordinal);
        Assert.Contains("Username = ci", settings.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Docker_run_renders_a_database_container_as_a_build_starts_one()
    {
        var settings = new DockerRunSettings()
            .SetImage("postgres:17")
            .SetName("heartbeat-db")
            .SetPublish("5433:5432")
            .SetDetach(true)
            .SetEnv("POSTGRES_USER=app", "POSTGRES_DB=app")
            .SetVolume("data:/var/lib/postgresql/data")
            .SetRm(true)
            .SetCpus(1.5m)
            .SetCommand("postgres")
            .SetArgs("-c", "fsync=off");

        Assert.Equal(
            [
                "run", "--cpus", "1.5", "--detach", "--env", "POSTGRES_USER=app", "--env", "POSTGRES_DB=app", "--name", "heartbeat-db",
                "--publish", "5433:5432", "--rm", "--volume", "data:/var/lib/postgresql/data", "postgres:17", "postgres", "-c", "fsync=off",
            ],
            settings.ToArguments());
    }

    [Fact]
    public void Docker_rm_and_ps_render_their_options_and_operands()
    {
        Assert.Equal(["rm", "--force", "db", "cache"], new DockerRmSettings().SetContainers("db", "cache").SetForce(true).ToArguments());
        Assert.Equal(["ps", "--all", "--filter", "name=db", "--quiet"], new DockerPsSettings().EnableAll().SetFilter("name=db").SetQuiet(true).ToArguments());
    }

    [Fact]
    public void Docker_run_without_an_image_and_rm_without_a_container_name_the_setting()
    {
        var run = Assert.Throws<InvalidOperationException>(() => new DockerRunSettings().SetName("db").ToArguments());
        var rm = Assert.Throws<InvalidOperationException>(() => new DockerRmSettings().SetForce(true).ToArguments());

        Assert.Contains("DockerRunSettings.Image is required", run.Message, StringComparison.Ordinal);
        Assert.Contains("DockerRmSettings.Containers is required", rm.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NUKE_9s_output_logging_names_hide_the_output_and_the_command_line()
    {
        var quiet = new DockerPsSettings().SetQuiet(true).DisableProcessOutputLogging().DisableProcessInvocationLogging();
        var loud = quiet.EnableProcessOutputLogging().SetProcessInvocationLogging(true);

        Assert.Equal((OutputHiding.Both, false), (quiet.Run!.Hide, quiet.Run.Echo));
        Assert.Equal((OutputHiding.None, true), (loud.Run!.Hide, loud.Run.Echo));
    }
}
