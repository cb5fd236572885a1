using System.ComponentModel;
using Automation.Tests.Support;

namespace Automation.Tests.Parameters.Enumerations;

/// <summary>The NUKE template's <c>Configuration : Enumeration</c> compiles, binds as a parameter and is listed.</summary>
public sealed class EnumerationParameterTests
{
    [Fact]
    public void The_NUKE_template_configuration_binds_from_the_command_line_ignoring_case()
    {
        var run = BuildHarness.Run<TemplateBuild>("show", "--configuration", "release");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["configuration=Release", "is-release=True"], run.Trace);
    }

    [Fact]
    public void Without_a_value_the_initializer_stays()
    {
        var run = BuildHarness.Run<TemplateBuild>("show");

        Assert.Equal(["configuration=Debug", "is-release=False"], run.Trace);
    }

    [Fact]
    public void An_unknown_value_is_a_usage_error_listing_the_values()
    {
        var run = BuildHarness.Run<TemplateBuild>("show", "--configuration", "Releas");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Invalid value 'Releas' for parameter --configuration (from --configuration): expected one of Debug, Release.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_completion_and_schema_list_the_values()
    {
        using var repository = new TestRepository();
        var help = BuildHarness.Run<TemplateBuild>(new BuildOptions { Repository = repository }, "--help");
        BuildHarness.Run<TemplateBuild>(new BuildOptions { Repository = repository }, "show");

        Assert.Contains("Debug|Release", help.Output, StringComparison.Ordinal);
        Assert.Contains("\"Debug\"", File.ReadAllText(Path.Combine(repository.Root, ".nuke", "build.schema.json")), StringComparison.Ordinal);
        Assert.Contains("Release", File.ReadAllText(Path.Combine(repository.Root, ".nuke", "temp", "completion.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void Values_compare_by_type_and_text_and_convert_to_string()
    {
        string text = Configuration.Release;

        Assert.Equal("Release", text);
        Assert.True(Configuration.Release == (Configuration)new TypeConverter<Configuration>().ConvertFromInvariantString("RELEASE")!);
        Assert.True(Configuration.Debug != Configuration.Release);
        Assert.Throws<ArgumentException>(() => new TypeConverter<Configuration>().ConvertFromInvariantString("nope"));
    }

    // As `nuke :setup` writes it (NUKE 8), after the port rewrite.
    [TypeConverter(typeof(TypeConverter<Configuration>))]
    public class Configuration : Enumeration
    {
        public static Configuration Debug = new() { Value = nameof(Debug) };
        public static Configuration Release = new() { Value = nameof(Release) };

        public static implicit operator string(Configuration configuration)
        {
            return configuration.Value;
        }
    }

    private sealed class TemplateBuild : AutomationBuild
    {
        [Parameter("Configuration to build - Default is 'Debug' (local) or 'Release' (server)")]
        readonly Configuration Configuration = Configuration.Debug;

        Target Show => _ => _.Executes(() =>
        {
            Trace.Record($"configuration={Configuration}");
            Trace.Record($"is-release={Configuration == Configuration.Release}");
        });
    }
}
