using Automation.Tests.Hosts;
using Automation.Tests.Support;

namespace Automation.Tests.Output;

/// <summary>Errors and warnings go to standard error and everything else to standard output, except where a CI
/// agent reads annotations from standard output; <c>TERM=dumb</c> gets no colours.</summary>
public sealed class ErrorStreamTests
{
    private sealed class Build : AutomationBuild
    {
        Target Pack => _ => _.Executes(ctx =>
        {
            ctx.Info("packing");
            ctx.Warn("old package format");
        });
    }

    [Fact]
    public void Usage_error_goes_to_standard_error_only()
    {
        using var errors = new StringWriter();

        var run = BuildHarness.Run<Build>(new BuildOptions { ErrorOutput = errors }, "pakc");

        Assert.Equal(2, run.ExitCode);
        var error = Assert.Single(errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: Unknown target 'pakc'. Did you mean 'pack'?", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Usage_error_found_while_parsing_goes_to_standard_error_only()
    {
        using var errors = new StringWriter();

        var run = BuildHarness.Run<Build>(new BuildOptions { ErrorOutput = errors }, "--profile");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: Option '--profile' needs a profile name", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void On_a_terminal_warnings_go_to_standard_error_and_the_rest_to_standard_output()
    {
        using var errors = new StringWriter();

        var run = BuildHarness.Run<Build>(new BuildOptions { ErrorOutput = errors }, "pack", "--host", "terminal");

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("old package format", Assert.Single(errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)), StringComparison.Ordinal);
        Assert.Contains("packing", run.Output, StringComparison.Ordinal);
        Assert.Contains("Build succeeded", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("old package format", run.Output, StringComparison.Ordinal);
        Assert.Contains("warning: old package format", run.Log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("github-actions", @"(?m)^::warning.*::.*old package format")]
    [InlineData("azure-pipelines", @"(?m)^##vso\[task\.logissue type=warning.*old package format")]
    [InlineData("teamcity", @"(?m)^##teamcity\[message text='.*old package format.*' status='WARNING'")]
    public void Ci_annotations_stay_on_standard_output_where_the_agent_reads_them(string host, string annotation)
    {
        using var errors = new StringWriter();

        var run = BuildHarness.Run<Build>(new BuildOptions { ErrorOutput = errors }, "pack", "--host", host);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(annotation, run.Output);
        Assert.Equal(string.Empty, errors.ToString());
    }

    [Fact]
    public void Dumb_terminal_gets_no_colours()
    {
        var variables = new Dictionary<string, string> { ["TERM"] = "dumb" };

        var run = BuildHarness.Run<BrokenSampleBuild>(new BuildOptions { Color = true, Variables = variables }, ["--host", "terminal", .. SampleBuild.Targets]);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Output);
        Assert.Contains('\u001b', BuildHarness.Run<BrokenSampleBuild>(new BuildOptions { Color = true }, ["--host", "terminal", .. SampleBuild.Targets]).Output);
    }
}
