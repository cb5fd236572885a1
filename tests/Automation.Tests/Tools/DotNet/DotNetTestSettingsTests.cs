namespace Automation.Tests.Tools.DotNet;

public sealed class DotNetTestSettingsTests
{
    [Fact]
    public void Defaults_render_just_the_command() => Assert.Equal(["test"], new DotNetTestSettings().ToArguments());

    [Fact]
    public void Loggers_results_collectors_and_filter_render_as_vstest_expects()
    {
        var settings = new DotNetTestSettings() with
        {
            Project = "tests/App.Tests",
            NoBuild = true,
            Configuration = "Release",
            Loggers = ["trx;LogFileName=x.trx", "console;verbosity=normal"],
            ResultsDirectory = "/repo/artifacts/test-results",
            Collectors = ["XPlat Code Coverage"],
            Filter = "Category!=Slow",
        };

        Assert.Equal(
            [
                "test", "tests/App.Tests", "--configuration", "Release", "--no-build", "--filter", "Category!=Slow",
                "--logger", "trx;LogFileName=x.trx", "--logger", "console;verbosity=normal",
                "--results-directory", "/repo/artifacts/test-results", "--collect", "XPlat Code Coverage",
            ],
            settings.ToArguments());
    }

    [Fact]
    public void Every_other_option_renders_and_run_settings_come_last_after_a_double_dash()
    {
        var settings = new DotNetTestSettings
        {
            Framework = "net10.0",
            Output = "out",
            NoRestore = true,
            SettingsFile = "test.runsettings",
            EnvironmentVariables = new Dictionary<string, string> { ["A"] = "1", ["B"] = "two words" },
            Blame = true,
            BlameCrash = true,
            BlameHangTimeout = TimeSpan.FromMinutes(20),
            DiagnosticsFile = "diag.log",
            TestAdapterPath = "adapters",
            ListTests = true,
            NoLogo = true,
            Properties = new Dictionary<string, string> { ["CollectCoverage"] = "true" },
            ExtraArguments = ["--arch", "x64"],
            RunSettings = new Dictionary<string, string> { ["RunConfiguration.MaxCpuCount"] = "1" },
        };

        Assert.Equal(
            [
                "test", "--framework", "net10.0", "--output", "out", "--no-restore", "--settings", "test.runsettings",
                "--environment", "A=1", "--environment", "B=two words", "--blame", "--blame-crash", "--blame-hang-timeout", "1200000ms",
                "--diag", "diag.log", "--test-adapter-path", "adapters", "--list-tests", "--nologo", "-p:CollectCoverage=true",
                "--arch", "x64", "--", "RunConfiguration.MaxCpuCount=1",
            ],
            settings.ToArguments());
    }
}
