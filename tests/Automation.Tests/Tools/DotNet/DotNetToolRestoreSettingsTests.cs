namespace Automation.Tests.Tools.DotNet;

public sealed class DotNetToolRestoreSettingsTests
{
    [Fact]
    public void Defaults_render_just_the_command() => Assert.Equal(["tool", "restore"], new DotNetToolRestoreSettings().ToArguments());

    [Fact]
    public void Every_option_renders()
    {
        var settings = new DotNetToolRestoreSettings
        {
            ToolManifest = ".config/dotnet-tools.json",
            ConfigFile = "nuget.config",
            AddSources = ["/feeds/a", "/feeds/b"],
            Verbosity = DotNetVerbosity.Normal,
            DisableParallel = true,
            IgnoreFailedSources = true,
            NoHttpCache = true,
            Interactive = true,
        };

        Assert.Equal(
            [
                "tool", "restore", "--tool-manifest", ".config/dotnet-tools.json", "--configfile", "nuget.config",
                "--add-source", "/feeds/a", "--add-source", "/feeds/b", "--verbosity", "normal",
                "--disable-parallel", "--ignore-failed-sources", "--no-http-cache", "--interactive",
            ],
            settings.ToArguments());
    }
}
