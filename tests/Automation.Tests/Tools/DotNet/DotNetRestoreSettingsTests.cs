namespace Automation.Tests.Tools.DotNet;

public sealed class DotNetRestoreSettingsTests
{
    [Fact]
    public void Defaults_render_just_the_command() => Assert.Equal(["restore"], new DotNetRestoreSettings().ToArguments());

    [Fact]
    public void Every_option_renders_after_the_project_in_a_fixed_order()
    {
        var settings = new DotNetRestoreSettings
        {
            Project = "App.sln",
            Sources = ["https://a.example/v3/index.json", "/feeds/local"],
            ConfigFile = "nuget.config",
            PackageDirectory = "packages",
            LockedMode = true,
            UseLockFile = true,
            LockFilePath = "locks/packages.lock.json",
            ForceEvaluate = true,
            Force = true,
            NoHttpCache = true,
            IgnoreFailedSources = true,
            NoDependencies = true,
            DisableParallel = true,
            UseCurrentRuntime = true,
            Runtime = "linux-x64",
            ArtifactsPath = "artifacts",
            Verbosity = DotNetVerbosity.Quiet,
            NoLogo = true,
            Interactive = true,
            DisableBuildServers = true,
            ContinuousIntegrationBuild = true,
            Properties = new Dictionary<string, string> { ["RestoreUseStaticGraphEvaluation"] = "true" },
        };

        Assert.Equal(
            [
                "restore", "App.sln",
                "--source", "https://a.example/v3/index.json", "--source", "/feeds/local",
                "--configfile", "nuget.config", "--packages", "packages",
                "--locked-mode", "--use-lock-file", "--lock-file-path", "locks/packages.lock.json", "--force-evaluate", "--force",
                "--no-http-cache", "--ignore-failed-sources", "--no-dependencies", "--disable-parallel", "--use-current-runtime",
                "--runtime", "linux-x64", "--artifacts-path", "artifacts", "--verbosity", "quiet", "--nologo", "--interactive", "--disable-build-servers",
                "-p:ContinuousIntegrationBuild=true", "-p:RestoreUseStaticGraphEvaluation=true",
            ],
            settings.ToArguments());
    }

    [Fact]
    public void Locked_mode_for_ci_is_one_flag() =>
        Assert.Equal(["restore", "App.sln", "--locked-mode"], new DotNetRestoreSettings { Project = "App.sln", LockedMode = true }.ToArguments());
}
