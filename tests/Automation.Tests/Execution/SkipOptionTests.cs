using Automation.Tests.Support;

namespace Automation.Tests.Execution;

public sealed class SkipOptionTests
{
    private sealed class Pipeline : AutomationBuild
    {
        public Target Default => _ => _.DependsOn(Lint).Executes(() => Trace.Record("default"));

        Target Restore => _ => _.Executes(() => Trace.Record("restore"));

        Target Generate => _ => _.Executes(() => Trace.Record("generate"));

        Target Compile => _ => _.DependsOn(Restore, Generate).Executes(() => Trace.Record("compile"));

        Target Lint => _ => _.DependsOn(Restore).Executes(() => Trace.Record("lint"));

        Target Test => _ => _.DependsOn(Compile).Executes(() => Trace.Record("test"));

        Target Pack => _ => _.DependsOn(Test, Lint).Executes(() => Trace.Record("pack"));
    }

    [Fact]
    public void Skip_skips_the_named_target_and_what_only_it_needs()
    {
        var run = BuildHarness.Run<Pipeline>("pack", "--skip", "compile");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["restore", "lint", "test", "pack"], run.Trace);
        Assert.Equal("Skipped (--skip)", run.Status("compile"));
        Assert.Equal("Skipped (skipped with compile)", run.Status("generate"));
        Assert.Equal("Succeeded", run.Status("restore"));
    }

    [Fact]
    public void Skip_takes_several_targets()
    {
        var run = BuildHarness.Run<Pipeline>("pack", "--skip", "test", "lint");

        Assert.Equal(["pack"], run.Trace);
        Assert.Equal("Skipped (--skip)", run.Status("test"));
        Assert.Equal("Skipped (--skip)", run.Status("lint"));
        Assert.Equal("Skipped (skipped with test)", run.Status("compile"));
        Assert.Equal("Skipped (skipped with compile)", run.Status("restore"));
    }

    [Fact]
    public void Skip_names_match_like_target_names_and_may_be_comma_separated()
    {
        var run = BuildHarness.Run<Pipeline>("pack", "--skip", "Test,LINT");

        Assert.Equal(["pack"], run.Trace);
    }

    [Fact]
    public void Bare_skip_skips_all_but_the_invoked_targets()
    {
        var run = BuildHarness.Run<Pipeline>("lint", "pack", "--skip");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["lint", "pack"], run.Trace);
        Assert.Equal("Skipped (--skip)", run.Status("restore"));
        Assert.Equal("Skipped (--skip)", run.Status("test"));
    }

    [Fact]
    public void Bare_skip_keeps_the_default_target_when_none_is_named()
    {
        var run = BuildHarness.Run<Pipeline>(new BuildOptions().WithDefaults<Pipeline>(x => x.Default), "--skip");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["default"], run.Trace);
        Assert.Equal("Skipped (--skip)", run.Status("lint"));
    }

    [Fact]
    public void Skipping_a_target_that_is_not_in_the_plan_changes_nothing()
    {
        var run = BuildHarness.Run<Pipeline>("lint", "--skip", "pack");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["restore", "lint"], run.Trace);
    }

    [Fact]
    public void Skipping_an_invoked_target_skips_it_too()
    {
        var run = BuildHarness.Run<Pipeline>("test", "--skip", "test");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.Equal("Skipped (--skip)", run.Status("test"));
    }

    [Fact]
    public void Skipping_an_unknown_target_is_a_usage_error()
    {
        var run = BuildHarness.Run<Pipeline>("pack", "--skip", "tset");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.Contains("Did you mean 'test'", run.Output, StringComparison.Ordinal);
    }
}
