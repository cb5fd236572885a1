namespace Automation.IntegrationTests.Sample;

/// <summary>Help and usage errors (exit 2) of a compiled build.</summary>
[Collection(SampleCollection.Name)]
public sealed class CommandLineTests(SampleRepository sample)
{
    [Fact]
    public async Task Help_lists_targets_and_parameters()
    {
        var result = (await sample.RunAsync("--help")).AssertExitCode(0);

        Assert.Contains("Usage: ./build.sh", result.StandardOutput, StringComparison.Ordinal);
        foreach (var target in new[] { "version", "greet", "fail", "publish", "slow", "package", "leak", "cleanup" })
        {
            Assert.Matches($@"(?m)^  {target}\s", result.StandardOutput);
        }

        Assert.Contains("Print the .NET SDK version (default)", result.StandardOutput, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^  --name <string>\s+Who to greet \[env: NAME\]", result.StandardOutput);
        Assert.Matches(@"(?m)^  --api-token <string>\s+.*\(secret\)", result.StandardOutput);
    }

    [Fact]
    public async Task Unknown_target_exits_2_with_a_suggestion()
    {
        var result = (await sample.RunAsync("versoin")).AssertExitCode(2);

        Assert.Contains("Unknown target 'versoin'. Did you mean 'version'?", result.AllOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Build succeeded", result.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_required_parameter_exits_2_and_says_how_to_pass_it()
    {
        var result = (await sample.RunAsync("greet")).AssertExitCode(2);

        Assert.Contains("requires parameter 'name'", result.AllOutput, StringComparison.Ordinal);
        Assert.Contains("--name <value>", result.AllOutput, StringComparison.Ordinal);
        Assert.DoesNotContain("Hello", result.AllOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parameter_from_the_command_line_reaches_the_target()
    {
        var result = (await sample.RunAsync("greet", "--name", "World")).AssertExitCode(0);

        Assert.Contains("Hello, World!", result.StandardOutput, StringComparison.Ordinal);
    }
}
