using Automation.Tests.Support;

namespace Automation.Tests.CommandLine;

/// <summary>
/// <c>--help</c>, <c>--list</c> and <c>--plan</c> of one sample build, compared with <c>Expected/*.expected.txt</c>.
/// Set <c>AUTOMATION_UPDATE_EXPECTED=1</c> to rewrite the files after an intended change.
/// </summary>
public sealed class ExpectedOutputTests
{
    private enum Configuration
    {
        Debug,
        Release,
    }

    private sealed class Sample : AutomationBuild
    {
        [Parameter("Configuration to build")] readonly Configuration Configuration = Configuration.Debug;
        [Parameter("NuGet API key"), Secret] readonly string? NuGetApiKey = null;
        [Parameter("Test filters")] readonly string[] Filters = [];
        [Parameter("Where packages go")] readonly AbsolutePath? Output = null;
        [Parameter("Sign the packages")] readonly bool Sign = false;
        [Parameter("Parallel test workers")] readonly int Workers = 4;

        Target Clean => _ => _.Description("Remove build outputs").Before(Restore).Executes(() => { });

        Target Restore => _ => _.Description("Restore packages").Executes(() => { });

        Target Compile => _ => _.Description("Compile the solution").DependsOn(Restore).Executes(() => Trace.Record($"{Configuration}"));

        Target UnitTest => _ => _.Description("Run the unit tests").DependsOn(Compile).Executes(() => Trace.Record($"{Filters.Length} {Workers}"));

        public Target Pack => _ => _.Description("Create the packages").DependsOn(Compile).After(UnitTest).Executes(() => Trace.Record($"{Output} {Sign}"));

        Target Publish => _ => _.Description("Push the packages").DependsOn(Pack).Requires(() => NuGetApiKey).Executes(() => { });

        Target Announce => _ => _.Unlisted().TriggeredBy(Publish).Executes(() => { });
    }

    private static string Output(params string[] args)
    {
        var run = BuildHarness.Run<Sample>(new BuildOptions().WithDefaults<Sample>(x => x.Pack), args);
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Empty(run.Trace);
        return run.Output;
    }

    [Fact]
    public void Help() => ExpectedFile.Match(Output("--help"), "help");

    [Fact]
    public void List() => ExpectedFile.Match(Output("--list"), "list");

    [Fact]
    public void Plan_of_the_default_target() => ExpectedFile.Match(Output("--plan"), "plan-default");

    [Fact]
    public void Plan_with_skips_and_triggers() =>
        ExpectedFile.Match(Output("clean", "publish", "--plan", "--skip", "restore", "--nuget-api-key", "key-5f3a9"), "plan-publish");
}
