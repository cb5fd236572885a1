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
}
