using System.Text.RegularExpressions;
using Automation.Tests.Support;

namespace Automation.Tests.Planning;

public sealed partial class PlanOptionTests
{
    private sealed class Release : AutomationBuild
    {
        Target Clean => _ => _.Executes(() => Trace.Record("clean"));

        Target Restore => _ => _.Executes(() => Trace.Record("restore"));

        Target Compile => _ => _.DependsOn(Restore).After(Clean).Executes(() => Trace.Record("compile"));

        Target Test => _ => _.DependsOn(Compile).Executes(() => Trace.Record("test"));

        Target Coverage => _ => _.TriggeredBy(Test).Executes(() => Trace.Record("coverage"));

        public Target Pack => _ => _.DependsOn(Compile).After(Test).Executes(() => Trace.Record("pack"));

        Target Publish => _ => _.DependsOn(Pack).Triggers(Announce).Executes(() => Trace.Record("publish"));

        Target Announce => _ => _.Executes(() => Trace.Record("announce"));

        Target Docs => _ => _.Before(Compile).Executes(() => Trace.Record("docs"));
    }

    private static List<(string Name, string Reason)> PlanLines(BuildRun run) =>
        PlanLine().Matches(run.Output).Select(m => (m.Groups["name"].Value, m.Groups["reason"].Value.Trim())).ToList();

    [GeneratedRegex(@"^\s+\d+\. (?<name>[a-z0-9-]+)\s+(?<reason>.*)$", RegexOptions.Multiline)]
    private static partial Regex PlanLine();

    [Fact]
    public void Plan_prints_the_order_with_the_reason_for_each_target_and_runs_nothing()
    {
        var run = BuildHarness.Run<Release>("publish", "--plan");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.Equal(
            [
                ("restore", "dependency of compile"),
                ("compile", "dependency of pack"),
                ("pack", "dependency of publish"),
                ("publish", "invoked"),
                ("announce", "triggered by publish"),
            ],
            PlanLines(run));
        Assert.DoesNotContain("Build succeeded", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_says_default_target_when_none_is_named()
    {
        var run = BuildHarness.Run<Release>(new BuildOptions().WithDefaults<Release>(x => x.Pack), "--plan");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.Equal([("restore", "dependency of compile"), ("compile", "dependency of pack"), ("pack", "default target")], PlanLines(run));
    }

    [Fact]
    public void A_mixed_graph_is_planned_with_dependencies_order_and_triggers_together()
    {
        var run = BuildHarness.Run<Release>("publish", "test", "clean", "docs", "--plan");

        Assert.Equal(
            [
                ("restore", "dependency of compile"),
                ("clean", "invoked"),
                ("docs", "invoked"),
                ("compile", "dependency of pack"),
                ("test", "invoked"),
                ("pack", "dependency of publish"),
                ("publish", "invoked"),
                ("announce", "triggered by publish"),
                ("coverage", "triggered by test"),
            ],
            PlanLines(run));
    }

    [Fact]
    public void The_run_follows_the_printed_plan()
    {
        var plan = BuildHarness.Run<Release>("publish", "test", "clean", "docs", "--plan");
        var run = BuildHarness.Run<Release>("publish", "test", "clean", "docs");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(PlanLines(plan).Select(l => l.Name), run.Trace);
    }

    [Fact]
    public void Plan_shows_which_targets_will_be_skipped()
    {
        var run = BuildHarness.Run<Release>("test", "--plan", "--skip", "compile");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Trace);
        var lines = PlanLines(run).ToDictionary(l => l.Name, l => l.Reason);
        Assert.Equal("dependency of test — skipped (--skip)", lines["compile"]);
        Assert.Equal("dependency of compile — skipped (skipped with compile)", lines["restore"]);
        Assert.Equal("invoked", lines["test"]);
    }
}
