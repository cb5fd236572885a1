using Automation.Tests.Support;

namespace Automation.Tests.Namespaces;

/// <summary>Targets grouped under a name (<c>docs.build</c>), nested, mounted with a prefix, and a namespace's default.</summary>
public sealed class NamespaceTests
{
    private static BuildRun Run(params string[] args) => BuildHarness.Run<NamespacedBuild>(args);

    private static IReadOnlyList<string> Succeeds(params string[] args)
    {
        var run = Run(args);
        Assert.True(run.ExitCode == 0, run.Output);
        return run.Trace;
    }

    private static string Fails(params string[] args) => FailsWith<NamespacedBuild>(args);

    private static string FailsWith<TBuild>(params string[] args)
        where TBuild : AutomationBuild, new()
    {
        var run = BuildHarness.Run<TBuild>(args);
        Assert.True(run.ExitCode == 2, run.Output);
        Assert.Empty(run.Trace);
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
        return run.Output;
    }

    [Fact]
    public void A_qualified_name_runs_its_target_ignoring_case_and_dashes()
    {
        Assert.Equal(["docs.build strict=False"], Succeeds("docs.build"));
        Assert.Equal(["docs.build strict=False"], Succeeds("Docs.Build"));
        Assert.Equal(["docs.build strict=False", "docs.serve"], Succeeds("DOCS.serve"));
    }

    [Fact]
    public void A_nested_namespace_names_its_targets_with_every_part()
    {
        Assert.Equal(["docs.api.reference (build's)"], Succeeds("docs.api.reference"));
        Assert.Equal(["docs.api.reference (build's)"], Succeeds("Docs.Api.Reference"));
    }

    [Fact]
    public void A_namespace_runs_its_default_target_by_its_bare_name()
    {
        Assert.Equal(["docs.build strict=False"], Succeeds("docs"));
        Assert.Equal(["db.migrate to=latest"], Succeeds("data.db"));
        Assert.Equal(["release.publish 1.0.0"], Succeeds("release"));
    }

    [Fact]
    public void A_mount_puts_a_components_targets_under_its_prefix()
    {
        Assert.Equal(["lint.check"], Succeeds("tools.check"));
        Assert.Equal(["db.migrate to=latest", "db.seed"], Succeeds("data.db.seed"));
        Assert.Contains("Unknown target 'check'. Did you mean 'tools.check'?", Fails("check"), StringComparison.Ordinal);
        Assert.Contains("Unknown target 'db.migrate'. Did you mean 'data.db.migrate'?", Fails("db.migrate"), StringComparison.Ordinal);
    }

    [Fact]
    public void Arguments_after_a_qualified_name_or_a_namespace_belong_to_its_target()
    {
        Assert.Equal(["db.migrate to=5", "docs.build strict=True"], Succeeds("data.db.migrate", "--to", "5", "docs.build", "--strict"));
        Assert.Equal(["db.migrate to=7"], Succeeds("data.db", "--to", "7"));
        Assert.Equal(["release.publish 2.0.0"], Succeeds("release", "--version", "2.0.0"));
        Assert.Contains("Unknown option '--strikt' for target 'docs.build'. Did you mean '--strict'?", Fails("docs", "--strikt"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_qualified_name_is_a_usage_error_with_a_suggestion()
    {
        Assert.Contains("Unknown target 'docs.bild'. Did you mean 'docs.build'?", Fails("docs.bild"), StringComparison.Ordinal);
        Assert.Contains("Unknown target 'docs.bild'. Did you mean 'docs.build'?", Fails("--skip", "docs.bild"), StringComparison.Ordinal);
        Assert.Contains("Unknown target 'reference'. Did you mean 'docs.api.reference'?", Fails("reference"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_namespace_without_a_default_names_its_targets()
    {
        Assert.Contains(
            "'docs.api' is a namespace without a default target. Name one of its targets: docs.api.reference.",
            Fails("docs.api"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Depending_on_a_namespaced_component_runs_its_targets()
    {
        Assert.Equal(["compile", "docs.build strict=False", "docs.serve", "site"], Succeeds("site"));
    }

    [Fact]
    public void Skip_and_plan_take_qualified_names()
    {
        Assert.Equal(["compile", "docs.serve", "site"], Succeeds("site", "--skip", "Docs.Build"));
        var plan = Run("site", "--plan");
        Assert.True(plan.ExitCode == 0, plan.Output);
        Assert.Contains("docs.serve", plan.Output, StringComparison.Ordinal);
        Assert.Empty(plan.Trace);
    }

    [Fact]
    public void The_schema_and_completion_offer_qualified_names_and_namespaces_with_a_default()
    {
        using var repository = new TestRepository();
        Assert.Equal(0, BuildHarness.Run<NamespacedBuild>(new BuildOptions { Repository = repository }, "--list").ExitCode);

        var schema = File.ReadAllText(Path.Combine(repository.Root, ".nuke", "build.schema.json"));
        Assert.Contains("\"docs.api.reference\"", schema, StringComparison.Ordinal);
        Assert.Contains("\"data.db\"", schema, StringComparison.Ordinal);
        Assert.DoesNotContain("\"docs.api\"", schema, StringComparison.Ordinal);
        var completion = File.ReadAllText(Path.Combine(repository.Root, ".nuke", "temp", "completion.txt"));
        Assert.Contains("argument\tdata.db\t--to\t", completion, StringComparison.Ordinal);
        Assert.Contains("argument\tdata.db.migrate\t--to\t", completion, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_goes_only_with_list() =>
        Assert.Contains("--json goes with --list", Fails("docs", "--json"), StringComparison.Ordinal);

    private sealed class TwoDefaults : AutomationBuild
    {
        [Namespace("docs"), NamespaceDefault] Target Build => _ => _.Executes(() => Trace.Record("build"));

        [Namespace("docs"), NamespaceDefault] Target Serve => _ => _.Executes(() => Trace.Record("serve"));
    }

    private sealed class DefaultClash : AutomationBuild
    {
        Target Docs => _ => _.Executes(() => Trace.Record("docs"));

        [Namespace("docs"), NamespaceDefault] Target Build => _ => _.Executes(() => Trace.Record("build"));
    }

    private sealed class BadName : AutomationBuild
    {
        [Namespace("docs..api")] Target Build => _ => _.Executes(() => Trace.Record("build"));
    }

    [Mount<ILint>("tools")]
    private sealed class MountsWhatItLacks : AutomationBuild
    {
        Target Build => _ => _.Executes(() => Trace.Record("build"));
    }

    [Fact]
    public void Namespace_declarations_that_cannot_work_are_usage_errors_naming_the_fix()
    {
        Assert.Contains("namespace 'docs' already has the default target 'docs.build'", FailsWith<TwoDefaults>("--list"), StringComparison.Ordinal);
        Assert.Contains("'docs' is both a target (DefaultClash.Docs) and a namespace whose default is 'docs.build'", FailsWith<DefaultClash>("--list"), StringComparison.Ordinal);
        Assert.Contains("'docs..api' is not a namespace. Write names of letters, digits and dashes, joined by dots", FailsWith<BadName>("--list"), StringComparison.Ordinal);
        Assert.Contains("MountsWhatItLacks does not implement the component ILint", FailsWith<MountsWhatItLacks>("--list"), StringComparison.Ordinal);
    }
}
