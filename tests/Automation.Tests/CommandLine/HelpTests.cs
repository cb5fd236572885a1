using Automation.Tests.Support;

namespace Automation.Tests.CommandLine;

public sealed class HelpTests
{
    private enum Configuration
    {
        Debug,
        Release,
    }

    private sealed class Build : AutomationBuild
    {
        [Parameter("Configuration to build")] readonly Configuration Configuration = Configuration.Release;
        [Parameter("How often to retry")] readonly int Retries = 3;
        [Parameter("NuGet API key"), Secret] readonly string NuGetApiKey = "DEFAULT-SECRET-1b2c";
        [Parameter] readonly string[] Feeds = ["a", "b"];
        [Parameter] readonly bool Sign = false;

        Target Restore => _ => _.Description("Restore packages").Executes(() => Trace.Record($"{Configuration} {Retries} {NuGetApiKey} {Feeds.Length} {Sign}"));

        Target Compile => _ => _.Description("Compile").DependsOn(Restore).Executes(() => { });

        public Target Pack => _ => _.Description("Create the packages").DependsOn(Compile).Executes(() => { });

        Target Hidden => _ => _.Unlisted().Executes(() => { });
    }

    private static string Help(params string[] args)
    {
        var run = BuildHarness.Run<Build>(new BuildOptions().WithDefaults<Build>(x => x.Pack), args);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Empty(run.Trace);
        return run.Output;
    }

    private static string Line(string output, string start) =>
        Assert.Single(output.Split('\n'), l => l.TrimStart().StartsWith(start, StringComparison.Ordinal));

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_starts_with_usage(string option) =>
        Assert.StartsWith("Usage: ./build.sh [targets...] [options] [--<parameter> <value> ...]\n", Help(option), StringComparison.Ordinal);

    [Fact]
    public void Targets_with_descriptions_and_the_default_marker()
    {
        var output = Help("--help");

        Assert.Matches(@"^restore\s+Restore packages$", Line(output, "restore").Trim());
        Assert.Matches(@"^pack\s+Create the packages \(default\)$", Line(output, "pack").Trim());
    }

    [Fact]
    public void Unlisted_targets_are_not_shown() => Assert.DoesNotContain("hidden", Help("--help"), StringComparison.Ordinal);

    [Theory]
    [InlineData("--configuration <Debug|Release>", "Configuration to build (default: Release) [env: CONFIGURATION]")]
    [InlineData("--retries <int>", "How often to retry (default: 3) [env: RETRIES]")]
    [InlineData("--feeds <string[]>", "(default: a,b) [env: FEEDS]")]
    [InlineData("--sign <bool>", "[env: SIGN]")]
    [InlineData("--nuget-api-key <string>", "NuGet API key (secret) [env: NUGET_API_KEY]")]
    public void Parameters_with_type_default_and_environment_name(string left, string right) =>
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(left)}\s+{System.Text.RegularExpressions.Regex.Escape(right)}$", Line(Help("--help"), left).Trim());

    [Fact]
    public void A_secret_default_is_never_shown() => Assert.DoesNotContain("DEFAULT-SECRET-1b2c", Help("--help"), StringComparison.Ordinal);

    [Fact]
    public void Help_shows_the_initializers_not_the_values_given()
    {
        var output = Help("--help", "--retries", "9");

        Assert.Contains("(default: 3)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_are_listed_with_their_short_forms()
    {
        var output = Help("--help");

        Assert.Contains("-h, --help", output, StringComparison.Ordinal);
        Assert.Contains("-l, --list", output, StringComparison.Ordinal);
        Assert.Contains("-n, --dry-run", output, StringComparison.Ordinal);
        Assert.Contains("--verbosity <level>", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_works_outside_a_repository()
    {
        var outside = Directory.CreateTempSubdirectory("automation-help-");
        try
        {
            var run = BuildHarness.Run<Build>(new BuildOptions { WorkingDirectory = outside.FullName }, "--help");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("Targets:", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            outside.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("--list")]
    [InlineData("-l")]
    public void List_shows_direct_dependencies_and_the_default(string option)
    {
        var lines = Help(option).TrimEnd('\n').Split('\n').Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries)));

        Assert.Equal(["restore", "compile -> restore", "pack (default) -> compile"], lines);
    }
}
