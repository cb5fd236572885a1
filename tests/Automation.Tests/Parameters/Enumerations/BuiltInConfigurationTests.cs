using Automation.Tests.Support;
using OldNukeTemplate;

namespace Automation.Tests.Parameters.Enumerations;

/// <summary>
/// NUKE 0.2x's <c>Configuration</c> (shipped in Nuke.Common, not in the build project): a build written that way
/// compiles with <c>using Automation;</c> alone (<see cref="OldTemplateBuild"/>: outside this project's namespaces,
/// whose <c>Automation.Tests.Configuration</c> would hide the type), and the parameter binds and passes on its text.
/// </summary>
public sealed class BuiltInConfigurationTests
{
    [Fact]
    public void A_build_without_its_own_configuration_binds_the_engines_from_the_command_line()
    {
        var run = BuildHarness.Run<OldTemplateBuild>("show", "--configuration", "RELEASE");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["configuration=Release", "is-release=True", "dotnet-argument=--configuration Release"], run.Trace);
    }

    [Fact]
    public void Without_a_value_the_initializer_stays_and_a_wrong_one_lists_Debug_and_Release()
    {
        var plain = BuildHarness.Run<OldTemplateBuild>("show");
        var wrong = BuildHarness.Run<OldTemplateBuild>("show", "--configuration", "Staging");

        Assert.Equal(["configuration=Debug", "is-release=False", "dotnet-argument=--configuration Debug"], plain.Trace);
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("expected one of Debug, Release", wrong.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_values_are_NUKEs_and_convert_to_their_text()
    {
        string release = global::Automation.Configuration.Release;

        Assert.Equal("Release", release);
        Assert.Equal("Debug", global::Automation.Configuration.Debug.ToString());
        Assert.True(global::Automation.Configuration.Release == (global::Automation.Configuration)new TypeConverter<global::Automation.Configuration>().ConvertFromInvariantString("release")!);
        Assert.True(global::Automation.Configuration.Debug != global::Automation.Configuration.Release);
    }
}
