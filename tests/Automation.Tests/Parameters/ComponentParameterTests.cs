using Automation.Tests.Support;

namespace Automation.Tests.Parameters;

/// <summary>Parameters declared on component interfaces: bound like any other, read through <see cref="IAutomationBuild.ParameterValue{T}"/>.</summary>
public sealed class ComponentParameterTests
{
    public interface IPublishComponent : IAutomationBuild
    {
        [Parameter("Feed to push to")]
        string NuGetSource => ParameterValue<string>() ?? "artifacts/feed";

        [Parameter("Push even when the tree is dirty")]
        bool AllowDirty => ParameterValue<bool?>() ?? false;

        [Parameter("Feed API key"), Secret]
        string? FeedKey => ParameterValue<string>();

        Target Publish => _ => _.Executes(ctx =>
        {
            Trace.Record($"source={NuGetSource}");
            Trace.Record($"dirty={AllowDirty}");
            ctx.Info($"key is {FeedKey}");
        });
    }

    public interface IOtherComponent : IAutomationBuild
    {
        [Parameter("Feed to push to")]
        string NuGetSource => ParameterValue<string>() ?? "elsewhere";
    }

    private sealed class Build : AutomationBuild, IPublishComponent, IOtherComponent;

    [Fact]
    public void Component_parameters_fall_back_to_their_default()
    {
        var run = BuildHarness.Run<Build>("publish");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["source=artifacts/feed", "dirty=False"], run.Trace);
    }

    [Fact]
    public void Component_parameters_come_from_the_command_line_and_the_environment()
    {
        var run = BuildHarness.Run<Build>(
            new BuildOptions { Variables = new Dictionary<string, string> { ["NUGET_SOURCE"] = "https://feed.example" } },
            "publish", "--allow-dirty");

        Assert.Equal(["source=https://feed.example", "dirty=True"], run.Trace);
    }

    [Fact]
    public void Component_parameters_appear_in_help_with_their_default_and_secrets_stay_masked()
    {
        var help = BuildHarness.Run<Build>("--help").Output;
        var run = BuildHarness.Run<Build>("publish", "--feed-key", "COMPONENT-CANARY-3");

        Assert.Contains("--nuget-source <string>  Feed to push to (default: artifacts/feed) [env: NUGET_SOURCE]", help, StringComparison.Ordinal);
        Assert.Contains("--feed-key <string>", help, StringComparison.Ordinal);
        Assert.DoesNotContain("COMPONENT-CANARY-3", run.Output, StringComparison.Ordinal);
        Assert.Contains("key is ***", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_parameter_on_two_components_is_one_parameter()
    {
        var run = BuildHarness.Run<Build>("publish", "--nuget-source", "x");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("source=x", run.Trace);
    }

    private sealed class FieldBuild : AutomationBuild, IPublishComponent
    {
        [Parameter("Feed, declared NUKE-style on the build class")]
        readonly string NuGetSource = "https://class-default.example";

        [Parameter("Key, declared without [Secret] on the class")]
        readonly string? FeedKey = null;

        Target Show => _ => _.Executes(ctx => ctx.Info($"class sees {NuGetSource} {FeedKey}"));
    }

    [Fact]
    public void A_build_class_field_of_the_same_name_configures_the_component_too()
    {
        var byDefault = BuildHarness.Run<FieldBuild>("publish");
        var given = BuildHarness.Run<FieldBuild>("publish", "show", "--nuget-source", "https://given.example");

        Assert.Equal(["source=https://class-default.example", "dirty=False"], byDefault.Trace);
        Assert.Contains("source=https://given.example", given.Trace);
        Assert.Contains("class sees https://given.example", given.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_secret_on_the_component_stays_secret_when_the_class_declares_it_too()
    {
        var run = BuildHarness.Run<FieldBuild>("publish", "show", "--feed-key", "FIELD-CANARY-9");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("FIELD-CANARY-9", run.Output, StringComparison.Ordinal);
        Assert.Contains("key is ***", run.Output, StringComparison.Ordinal);
    }
}
