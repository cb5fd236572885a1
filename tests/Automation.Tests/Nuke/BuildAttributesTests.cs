using Automation.Tests.Support;
using static Automation.DotNetTasks;

namespace Automation.Tests.Nuke;

/// <summary>NUKE's build attributes: [Required] parameters and [DotNetVerbosityMapping].</summary>
public sealed class BuildAttributesTests
{
    [DotNetVerbosityMapping]
    private sealed class Mapped : AutomationBuild
    {
        [Parameter("The feed's key")]
        [Required]
        readonly string? ApiKey = null;

        Target Compile => _ => _.Executes(() => DotNetBuild(s => s.SetProjectFile("App.sln")));

        Target Quiet => _ => _.Executes(() => DotNetBuild(s => s.SetProjectFile("App.sln").SetVerbosity(DotNetVerbosity.Quiet)));

        Target Push => _ => _.Executes(() => Trace.Record($"key {ApiKey?.Length}"));
    }

    private sealed class Unmapped : AutomationBuild
    {
        Target Compile => _ => _.Executes(() => DotNetBuild(s => s.SetProjectFile("App.sln")));
    }

    [Theory]
    [InlineData("verbose", "detailed")]
    [InlineData("normal", "minimal")]
    [InlineData("quiet", "quiet")]
    public void DotNetVerbosityMapping_gives_commands_the_builds_verbosity(string verbosity, string dotnetVerbosity)
    {
        var run = BuildHarness.Run<Mapped>("compile", "--dry-run", "--verbosity", verbosity, "--api-key", "key-123456");

        Assert.Equal(0, run.ExitCode);
        if (verbosity != "quiet")
        {
            Assert.Contains($"dotnet build App.sln --verbosity {dotnetVerbosity}", run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DotNetVerbosityMapping_leaves_a_verbosity_the_settings_set()
    {
        var run = BuildHarness.Run<Mapped>("quiet", "--dry-run", "--verbosity", "verbose", "--api-key", "key-123456");

        Assert.Contains("dotnet build App.sln --verbosity quiet", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_mapping_commands_get_no_verbosity()
    {
        var run = BuildHarness.Run<Unmapped>("compile", "--dry-run", "--verbosity", "verbose");

        Assert.Matches(@"dotnet build App\.sln\n", run.Output);
    }

    [Fact]
    public void A_Required_parameter_without_a_value_is_a_usage_error_naming_the_fix()
    {
        var run = BuildHarness.Run<Mapped>("push");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Parameter 'api-key' is required ([Required]). Pass it with --api-key <value>, or set the environment variable API_KEY.", run.Output, StringComparison.Ordinal);
        Assert.Empty(run.Trace);
    }

    [Fact]
    public void A_Required_parameter_with_a_value_lets_the_build_run()
    {
        var run = BuildHarness.Run<Mapped>("push", "--api-key", "key-123456");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["key 10"], run.Trace);
    }
}
