namespace Automation.Tests.Tools.DotNet;

public sealed class DotNetPublishSettingsTests
{
    [Fact]
    public void Defaults_render_just_the_command() => Assert.Equal(["publish"], new DotNetPublishSettings().ToArguments());

    [Fact]
    public void Every_option_renders()
    {
        var settings = new DotNetPublishSettings
        {
            Project = "src/App/App.csproj",
            Configuration = "Release",
            Framework = "net10.0",
            Output = "artifacts/publish",
            NoBuild = true,
            NoRestore = true,
            VersionSuffix = "rc.1",
            SelfContained = true,
            UseCurrentRuntime = true,
            Architecture = "x64",
            OperatingSystem = "linux",
            Manifest = "manifest.xml",
            Runtime = "linux-x64",
            PublishSingleFile = true,
            PublishTrimmed = false,
            PublishReadyToRun = true,
            Properties = new Dictionary<string, string> { ["InvariantGlobalization"] = "true" },
        };

        Assert.Equal(
            [
                "publish", "src/App/App.csproj", "--configuration", "Release", "--framework", "net10.0", "--output", "artifacts/publish",
                "--no-build", "--no-restore", "--version-suffix", "rc.1", "--self-contained", "--use-current-runtime", "--arch", "x64", "--os", "linux",
                "--manifest", "manifest.xml", "--runtime", "linux-x64",
                "-p:PublishSingleFile=true", "-p:PublishTrimmed=false", "-p:PublishReadyToRun=true", "-p:InvariantGlobalization=true",
            ],
            settings.ToArguments());
    }
}
