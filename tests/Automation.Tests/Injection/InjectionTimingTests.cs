using System.Reflection;
using Automation.Tests.Support;

namespace Automation.Tests.Injection;

/// <summary>
/// Help, the list and the CI files make no injected value (they may ask a server, run GitVersion, evaluate projects)
/// unless a target definition reads one while it is declared; every command that plans or runs targets makes them first.
/// </summary>
public sealed class InjectionTimingTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("--list")]
    [InlineData("--list", "--json")]
    [InlineData("compile", "--help")]
    public void Help_and_the_list_make_no_injected_value(params string[] args)
    {
        var run = BuildHarness.Run<CountedBuild>(args);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("compile", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("inject:Version", run.Trace);
    }

    [Fact]
    public void Running_makes_the_value_before_targets_are_declared_and_the_target_sees_it()
    {
        var run = BuildHarness.Run<CountedBuild>("compile");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["inject:Version", "compile:1.2.3"], run.Trace);
    }

    [Fact]
    public void The_plan_makes_the_value()
    {
        var run = BuildHarness.Run<CountedBuild>("compile", "--plan");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["inject:Version"], run.Trace);
    }

    [Fact]
    public void A_static_condition_reading_the_value_decides_the_plan_as_it_decides_the_run()
    {
        var plan = BuildHarness.Run<CountedBuild>("publish", "--plan");
        var run = BuildHarness.Run<CountedBuild>("publish");

        Assert.Equal((0, 0), (plan.ExitCode, run.ExitCode));
        Assert.Contains("publish", plan.Output.Split('\n').Single(line => line.Contains("skipped (", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("publish:ran", run.Trace);
        Assert.StartsWith("Skipped", run.Status("publish"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_definition_that_reads_the_value_while_declared_still_shows_it()
    {
        var help = BuildHarness.Run<DescribedBuild>("--help");
        var list = BuildHarness.Run<DescribedBuild>("--list");

        Assert.Equal((0, 0), (help.ExitCode, list.ExitCode));
        Assert.Contains("Packs version 1.2.3", help.Output, StringComparison.Ordinal);
        Assert.Contains("pack", list.Output, StringComparison.Ordinal);
        Assert.Equal(["inject:Version"], help.Trace);
        Assert.Equal(["inject:Version"], list.Trace);
    }

    [Fact]
    public void CI_files_are_generated_and_verified_without_a_version_a_solution_or_a_repository()
    {
        // Not a git repository and no solution: [GitVersion] and [Solution] would fail here, and no warning says so.
        using var repository = new TestRepository();

        var generated = BuildHarness.Run<CiBuild>(new BuildOptions { Repository = repository }, "--generate-ci");
        var verified = BuildHarness.Run<CiBuild>(new BuildOptions { Repository = repository }, "--verify-ci");

        Assert.True(generated.ExitCode == 0, generated.Output);
        Assert.True(verified.ExitCode == 0, verified.Output);
        Assert.Contains("Wrote .github/workflows/ci.yml", generated.Output, StringComparison.Ordinal);
        Assert.Contains("CI configuration is up to date", verified.Output, StringComparison.Ordinal);
        Assert.Empty(generated.Trace);
        Assert.Empty(verified.Trace);
        Assert.DoesNotContain("is not set", generated.Output + verified.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Running_the_same_build_makes_the_values_and_warns_about_those_it_cannot_make()
    {
        using var repository = new TestRepository();

        var run = BuildHarness.Run<CiBuild>(new BuildOptions { Repository = repository }, "compile");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["inject:Version", "compile"], run.Trace);
        Assert.Contains("GitVersion is not set", run.Output, StringComparison.Ordinal);
        Assert.Contains("Solution is not set", run.Output, StringComparison.Ordinal);
    }

    /// <summary>Records each value it makes, as a network or process call would be counted.</summary>
    private sealed class CountedAttribute : ValueInjectionAttributeBase
    {
        public override object? GetValue(MemberInfo member, object instance)
        {
            Trace.Record("inject:" + member.Name);
            return "1.2.3";
        }
    }

    private sealed class CountedBuild : AutomationBuild
    {
        [Counted]
        public readonly string? Version = null;

        Target Compile => _ => _.Description("Compiles").Executes(() => Trace.Record("compile:" + Version));

        Target Publish => _ => _.OnlyWhenStatic(() => Version == "9.9.9").Executes(() => Trace.Record("publish:ran"));
    }

    [GitHubActions("ci", On = [GitHubActionsTrigger.Push], InvokedTargets = ["compile"])]
    private sealed class CiBuild : AutomationBuild
    {
        [Counted]
        public readonly string? Version = null;

        [GitVersion]
        public readonly GitVersion? GitVersion = null;

        [Solution("missing.sln")]
        public readonly Solution? Solution = null;

        Target Compile => _ => _.Executes(() => Trace.Record("compile"));
    }

    private sealed class DescribedBuild : AutomationBuild
    {
        [Counted]
        public readonly string? Version = null;

        Target Pack => _ => _.Description("Packs version " + Version!.Trim()).Executes(() => Trace.Record("pack"));
    }
}
