namespace Automation.Tests.Tools.DotNet;

/// <summary>The argument lists of <c>dotnet tool install|update|uninstall</c> and NUKE's fluent forms for them.</summary>
public sealed class DotNetToolPackageSettingsTests
{
    [Fact]
    public void A_package_alone_renders_just_the_command_and_the_package()
    {
        Assert.Equal(["tool", "install", "dotnet-ef"], new DotNetToolInstallSettings { PackageName = "dotnet-ef" }.ToArguments());
        Assert.Equal(["tool", "update", "dotnet-ef"], new DotNetToolUpdateSettings { PackageName = "dotnet-ef" }.ToArguments());
        Assert.Equal(["tool", "uninstall", "dotnet-ef"], new DotNetToolUninstallSettings { PackageName = "dotnet-ef" }.ToArguments());
    }

    [Fact]
    public void The_package_is_required()
    {
        Assert.Contains("DotNetToolInstallSettings.PackageName is required", Assert.Throws<InvalidOperationException>(() => new DotNetToolInstallSettings().ToArguments()).Message, StringComparison.Ordinal);
        Assert.Contains("DotNetToolUpdateSettings.PackageName is required", Assert.Throws<InvalidOperationException>(() => new DotNetToolUpdateSettings().ToArguments()).Message, StringComparison.Ordinal);
        Assert.Contains("DotNetToolUninstallSettings.PackageName is required", Assert.Throws<InvalidOperationException>(() => new DotNetToolUninstallSettings().ToArguments()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_install_option_renders()
    {
        var settings = new DotNetToolInstallSettings
        {
            PackageName = "dotnet-ef",
            Global = true,
            Local = true,
            ToolInstallationPath = "tools",
            ToolManifest = ".config/dotnet-tools.json",
            Version = "9.0.1",
            Prerelease = true,
            Framework = "net10.0",
            Sources = ["/feeds/a", "/feeds/b"],
            ConfigFile = "nuget.config",
            Verbosity = DotNetVerbosity.Minimal,
            AllowDowngrade = true,
            DisableParallel = true,
            IgnoreFailedSources = true,
            NoHttpCache = true,
            Interactive = true,
        };

        Assert.Equal(
            [
                "tool", "install", "dotnet-ef", "--global", "--local", "--tool-path", "tools", "--tool-manifest", ".config/dotnet-tools.json",
                "--version", "9.0.1", "--prerelease", "--framework", "net10.0", "--add-source", "/feeds/a", "--add-source", "/feeds/b",
                "--configfile", "nuget.config", "--verbosity", "minimal", "--allow-downgrade", "--disable-parallel", "--ignore-failed-sources",
                "--no-http-cache", "--interactive",
            ],
            settings.ToArguments());
    }

    [Fact]
    public void Every_uninstall_option_renders()
    {
        var settings = new DotNetToolUninstallSettings { PackageName = "dotnet-ef", Global = true, Local = true, ToolInstallationPath = "tools", ToolManifest = "m.json" };

        Assert.Equal(["tool", "uninstall", "dotnet-ef", "--global", "--local", "--tool-path", "tools", "--tool-manifest", "m.json"], settings.ToArguments());
    }

    [Fact]
    public void NUKEs_fluent_forms_build_the_same_commands()
    {
        var install = new DotNetToolInstallSettings()
            .SetPackageName("GitVersion.Tool")
            .SetGlobal(true)
            .SetVersion("6.0.0")
            .AddSources("https://feed.example/v3/index.json")
            .SetConfigFile("nuget.config")
            .SetFramework("net10.0")
            .SetToolInstallationPath("tools")
            .SetVerbosity(DotNetVerbosity.Quiet);
        var update = new DotNetToolUpdateSettings().SetPackageName("GitVersion.Tool").EnableLocal().EnablePrerelease();
        var uninstall = new DotNetToolUninstallSettings().SetPackageName("GitVersion.Tool").EnableGlobal();

        Assert.Equal(
            [
                "tool", "install", "GitVersion.Tool", "--global", "--tool-path", "tools", "--version", "6.0.0", "--framework", "net10.0",
                "--add-source", "https://feed.example/v3/index.json", "--configfile", "nuget.config", "--verbosity", "quiet",
            ],
            install.ToArguments());
        Assert.Equal(["tool", "update", "GitVersion.Tool", "--local", "--prerelease"], update.ToArguments());
        Assert.Equal(["tool", "uninstall", "GitVersion.Tool", "--global"], uninstall.ToArguments());
        Assert.Equal(["tool", "install", "GitVersion.Tool", "--global"], install.ResetVersion().ClearSources().ResetConfigFile().ResetFramework().ResetToolInstallationPath().ResetVerbosity().ToArguments());
    }
}
