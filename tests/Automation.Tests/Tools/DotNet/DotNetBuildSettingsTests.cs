namespace Automation.Tests.Tools.DotNet;

public sealed class DotNetBuildSettingsTests
{
    [Fact]
    public void Defaults_render_just_the_command() => Assert.Equal(["build"], new DotNetBuildSettings().ToArguments());

    [Fact]
    public void The_usual_ci_build_renders_as_expected()
    {
        var settings = new DotNetBuildSettings() with
        {
            Project = "/repo/App.sln",
            Configuration = "Release",
            NoRestore = true,
            NoLogo = true,
            ContinuousIntegrationBuild = true,
            Properties = new Dictionary<string, string> { ["Version"] = "1.2.3" },
        };

        Assert.Equal(
            ["build", "/repo/App.sln", "--configuration", "Release", "--no-restore", "--nologo", "-p:ContinuousIntegrationBuild=true", "-p:Version=1.2.3"],
            settings.ToArguments());
    }

    [Fact]
    public void Every_option_renders()
    {
        var settings = new DotNetBuildSettings
        {
            Project = "src/App/App.csproj",
            Configuration = "Debug",
            Framework = "net10.0",
            Output = "out",
            NoRestore = true,
            NoIncremental = true,
            NoDependencies = true,
            VersionSuffix = "beta.1",
            SelfContained = false,
            UseCurrentRuntime = true,
            Architecture = "arm64",
            OperatingSystem = "linux",
            Runtime = "linux-arm64",
            Verbosity = DotNetVerbosity.Diagnostic,
            ContinuousIntegrationBuild = false,
            ExtraArguments = ["-bl:build.binlog"],
        };

        Assert.Equal(
            [
                "build", "src/App/App.csproj", "--configuration", "Debug", "--framework", "net10.0", "--output", "out",
                "--no-restore", "--no-incremental", "--no-dependencies", "--version-suffix", "beta.1", "--no-self-contained",
                "--use-current-runtime", "--arch", "arm64", "--os", "linux", "--runtime", "linux-arm64", "--verbosity", "diagnostic",
                "-p:ContinuousIntegrationBuild=false", "-bl:build.binlog",
            ],
            settings.ToArguments());
    }

    [Fact]
    public void The_implicit_restores_options_render_in_NUKEs_fluent_form()
    {
        // development-hub's build (NUKE 5): DotNetBuild(s => s.SetProjectFile(…).SetDisableParallel(true)).
        var settings = new DotNetBuildSettings()
            .SetProjectFile("App.sln")
            .SetDisableParallel(true)
            .AddSources("https://feed.example/v3/index.json", "../packages")
            .EnableForce();

        Assert.Equal(
            ["build", "App.sln", "--source", "https://feed.example/v3/index.json", "--source", "../packages", "--force", "--disable-parallel"],
            settings.ToArguments());
    }

    [Fact]
    public void Self_contained_true_renders_the_positive_switch() =>
        Assert.Equal(["build", "--self-contained"], new DotNetBuildSettings { SelfContained = true }.ToArguments());

    [Fact]
    public void Property_values_are_escaped_so_they_arrive_literally()
    {
        var settings = new DotNetBuildSettings
        {
            Properties = new Dictionary<string, string>
            {
                ["DefineConstants"] = "A;B",
                ["NoWarn"] = "CS1591,CS0618",
                ["Percent"] = "100%3B",
                ["Quoted"] = "say \"hi\"",
                ["Spaced"] = "two words",
                ["Empty"] = string.Empty,
            },
        };

        Assert.Equal(
            ["build", "-p:DefineConstants=A%3BB", "-p:NoWarn=CS1591%2CCS0618", "-p:Percent=100%253B", "-p:Quoted=say %22hi%22", "-p:Spaced=two words", "-p:Empty="],
            settings.ToArguments());
    }

    [Fact]
    public void Empty_strings_are_treated_as_unset() =>
        Assert.Equal(["build"], new DotNetBuildSettings { Project = string.Empty, Configuration = string.Empty }.ToArguments());

    [Fact]
    public void Arguments_are_a_list_not_a_joined_string() =>
        Assert.Equal(["build", "/path with spaces/App.sln", "--output", "/out dir"], new DotNetBuildSettings { Project = "/path with spaces/App.sln", Output = "/out dir" }.ToArguments());
}
