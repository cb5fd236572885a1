using Automation.Tests.Support;

namespace Automation.Tests.Planning;

public class InheritTests
{
    [Fact]
    public void An_overriding_target_runs_the_components_definition_first_then_its_own()
    {
        var run = BuildHarness.Run<Overriding>("compile");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["restore", "component compile", "own compile"], run.Trace);
    }

    [Fact]
    public void Inheriting_a_target_without_a_default_definition_is_a_usage_error_naming_it()
    {
        var run = BuildHarness.Run<InheritsAbstract>("pack");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("IPackage.Pack has no default definition to inherit", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Inheriting_a_target_of_the_build_adds_its_dependencies_and_actions_where_the_call_stands()
    {
        var run = BuildHarness.Run<InheritsOwnTarget>("sonar");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["compile", "begin", "test", "end"], run.Trace);
    }

    internal interface IComponent : IAutomationBuild
    {
        Target Restore => _ => _.Executes(() => Trace.Record("restore"));

        Target Compile => _ => _.DependsOn(Restore).Executes(() => Trace.Record("component compile"));
    }

    internal interface IPackage : IAutomationBuild
    {
        Target Pack { get; }
    }

    private sealed class Overriding : AutomationBuild, IComponent
    {
        Target IComponent.Compile => _ => _
            .Inherit<IComponent>(x => x.Compile)
            .Executes(() => Trace.Record("own compile"));
    }

    private sealed class InheritsAbstract : AutomationBuild, IPackage
    {
        public Target Pack => _ => _.Inherit<IPackage>(x => x.Pack).Executes(() => { });
    }

    private sealed class InheritsOwnTarget : AutomationBuild
    {
        Target Compile => _ => _.Executes(() => Trace.Record("compile"));

        Target Test => _ => _.DependsOn(Compile).Executes(() => Trace.Record("test"));

        Target Sonar => _ => _
            .Executes(() => Trace.Record("begin"))
            .Inherit(Test)
            .Executes(() => Trace.Record("end"));
    }
}
