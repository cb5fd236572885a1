using Automation.Tests.Support;

namespace Automation.Tests.Planning;

public sealed class ComponentTargetTests
{
    private interface IRestore : IAutomationBuild
    {
        Target Restore => _ => _.DependsOn(RestoreTools).Executes(() => Trace.Record("restore"));

        Target RestoreTools => _ => _.Executes(() => Trace.Record("restore-tools"));
    }

    private interface IMissing : IAutomationBuild
    {
        Target Missing => _ => _.Executes(() => Trace.Record("missing"));
    }

    private sealed class AllOfComponent : AutomationBuild, IRestore
    {
        Target Compile => _ => _.DependsOn<IRestore>().Executes(() => Trace.Record("compile"));
    }

    private sealed class OneOfComponent : AutomationBuild, IRestore
    {
        Target Clean => _ => _.Before<IRestore>(x => x.RestoreTools).Executes(() => Trace.Record("clean"));

        Target Compile => _ => _.DependsOn<IRestore>(x => x.Restore).Executes(() => Trace.Record("compile"));

        Target Publish => _ => _.TriggeredBy<IRestore>(x => x.Restore).Executes(() => Trace.Record("publish"));
    }

    private sealed class OptionalComponent : AutomationBuild, IRestore
    {
        Target Compile => _ => _
            .TryDependsOn<IMissing>()
            .TryDependsOn<IMissing>(x => x.Missing)
            .TryDependsOn<IRestore>(x => x.RestoreTools)
            .Executes(() => Trace.Record("compile"));
    }

    private sealed class RequiredButMissing : AutomationBuild
    {
        Target Compile => _ => _.DependsOn<IMissing>().Executes(() => Trace.Record("compile"));
    }

    private sealed class ReverseComponent : AutomationBuild, IRestore
    {
        Target Login => _ => _.DependentFor<IRestore>().Executes(() => Trace.Record("login"));

        Target Audit => _ => _.After<IRestore>().TriggeredBy<IRestore>(x => x.RestoreTools).Executes(() => Trace.Record("audit"));
    }

    private sealed class Overriding : AutomationBuild, IRestore
    {
        public Target Restore => _ => _.Executes(() => Trace.Record("own restore"));

        Target Compile => _ => _.DependsOn<IRestore>(x => x.Restore).Executes(() => Trace.Record("compile"));
    }

    [Fact]
    public void Targets_declared_on_a_component_interface_are_targets_of_the_build()
    {
        var run = BuildHarness.Run<AllOfComponent>("restore");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["restore-tools", "restore"], run.Trace);
        Assert.Equal("Succeeded", run.Status("restore-tools"));
    }

    [Fact]
    public void DependsOn_a_component_depends_on_all_its_targets()
    {
        var run = BuildHarness.Run<AllOfComponent>("compile");

        Assert.Equal(["restore-tools", "restore", "compile"], run.Trace);
    }

    [Fact]
    public void DependsOn_a_selected_component_target_schedules_it_with_its_own_dependencies()
    {
        var run = BuildHarness.Run<OneOfComponent>("compile");

        Assert.Equal(["restore-tools", "restore", "compile", "publish"], run.Trace);
    }

    [Fact]
    public void Before_a_component_target_orders_without_scheduling()
    {
        Assert.Equal(["clean"], BuildHarness.Run<OneOfComponent>("clean").Trace);
        Assert.Equal(["clean", "restore-tools"], BuildHarness.Run<OneOfComponent>("restore-tools", "clean").Trace);
    }

    [Fact]
    public void TryDependsOn_does_nothing_when_the_build_does_not_implement_the_component()
    {
        var run = BuildHarness.Run<OptionalComponent>("compile");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["restore-tools", "compile"], run.Trace);
    }

    [Fact]
    public void DependsOn_a_component_the_build_does_not_implement_is_a_usage_error()
    {
        var run = BuildHarness.Run<RequiredButMissing>("compile");

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Trace);
        Assert.Contains("IMissing", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_property_replaces_the_component_target_of_the_same_name()
    {
        var run = BuildHarness.Run<Overriding>("compile");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["own restore", "compile"], run.Trace);
    }

    [Fact]
    public void Reverse_component_forms_apply_to_the_component_targets()
    {
        Assert.Equal(["login", "restore-tools", "audit"], BuildHarness.Run<ReverseComponent>("restore-tools").Trace);
        Assert.Equal(["login", "restore-tools", "restore", "audit"], BuildHarness.Run<ReverseComponent>("restore").Trace);
    }
}
