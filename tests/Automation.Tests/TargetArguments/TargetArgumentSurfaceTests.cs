using Automation.CommandLine;
using Automation.Parameters;
using Automation.Targets;
using Automation.Tests.Support;

namespace Automation.Tests.TargetArguments;

/// <summary>Target arguments in shell completion, the global help, the incremental configuration and <c>--continue</c>'s record.</summary>
public sealed class TargetArgumentSurfaceTests
{
    private static CompletionCatalog Catalog()
    {
        var catalog = CompletionCatalog.Create(TargetDiscovery.Discover(new InvokeStyleBuild()), ParameterDiscovery.Discover(typeof(InvokeStyleBuild)));
        // What :complete reads is the file the build writes: go through its text.
        return CompletionCatalog.Parse(catalog.ToText());
    }

    private static IReadOnlyList<string> Complete(params string[] words) => CompletionCandidates.For(Catalog(), words);

    [Fact]
    public void Completion_offers_a_targets_own_arguments_after_its_name()
    {
        Assert.Equal(["--docs", "--dry-run"], Complete("clean", "--d"));
        Assert.Equal(["--dry-run"], Complete("pack", "--d"));
        Assert.Equal(["--no-sign", "--no-wait", "--no-color"], Complete("pack", "--no-"));
    }

    [Fact]
    public void Completion_offers_an_arguments_enum_values() =>
        Assert.Equal(["Staging", "Production"], Complete("deploy", "--environment", string.Empty));

    [Fact]
    public void The_global_help_points_to_the_targets_help() =>
        Assert.Contains("Targets take their own arguments after their name: './build.sh <target> --help' shows them.", BuildHarness.Run<InvokeStyleBuild>("--help").Output, StringComparison.Ordinal);

    private sealed class IncrementalBuild : AutomationBuild
    {
        Target Bundle => _ => _
            .Argument("minify", "Minify the bundle", false)
            .Inputs("src/*.js")
            .Executes(ctx => Trace.Record($"bundle minify={ctx.Argument<bool>("minify")}"));
    }

    [Fact]
    public void A_changed_argument_makes_a_target_with_inputs_run_again()
    {
        using var repository = new TestRepository();
        repository.WriteFile("src/app.js", "let a = 1;");
        var options = new BuildOptions { Repository = repository };

        Assert.Equal("Succeeded", BuildHarness.Run<IncrementalBuild>(options, "bundle").Status("bundle"));
        Assert.Equal("UpToDate", BuildHarness.Run<IncrementalBuild>(options, "bundle").Status("bundle"));
        var minified = BuildHarness.Run<IncrementalBuild>(options, "bundle", "--minify");
        Assert.Equal("Succeeded", minified.Status("bundle"));
        Assert.Equal(["bundle minify=True"], minified.Trace);
        Assert.Equal("UpToDate", BuildHarness.Run<IncrementalBuild>(options, "bundle", "--minify").Status("bundle"));
    }

    private sealed class FailingBuild : AutomationBuild
    {
        Target Deploy => _ => _
            .Positional<string>("environment", "Where to deploy")
            .Executes(ctx => throw new InvalidOperationException($"deploy to {ctx.Argument<string>("environment")} failed"));
    }

    [Fact]
    public void The_last_run_records_the_targets_argument_values()
    {
        using var repository = new TestRepository();
        var run = BuildHarness.Run<FailingBuild>(new BuildOptions { Repository = repository }, "deploy", "staging");

        Assert.Equal(1, run.ExitCode);
        var lastRun = File.ReadAllText(Path.Combine(repository.Root, ".nuke", "temp", "last-run.json"));
        Assert.Contains("deploy --environment", lastRun, StringComparison.Ordinal);
    }
}
