namespace Automation.IntegrationTests.Processes;

/// <summary>
/// A command inherits the build's environment; <see cref="RunOptions.Environment"/> adds to it (a null value removes a
/// variable) or, with <see cref="RunOptions.ReplaceEnvironment"/>, replaces it.
/// </summary>
public sealed class EnvironmentTests
{
    // Set in this process for every command to inherit; the name is unique to this class.
    private const string Inherited = "PROCESSES_IT_INHERITED";

    private const string Show = "echo \"inherited=${PROCESSES_IT_INHERITED-unset} added=${PROCESSES_IT_ADDED-unset}\"";

    static EnvironmentTests() => Environment.SetEnvironmentVariable(Inherited, "from-test-host");

    private sealed class Variables : AutomationBuild
    {
        Target Plain => _ => _.Executes(ctx => Scenario.Current.Record(ctx.Shell(Show)));

        Target Added => _ => _.Executes(ctx => Scenario.Current.Record(
            ctx.Shell(Show, new RunOptions { Environment = new Dictionary<string, string?> { ["PROCESSES_IT_ADDED"] = "a b \"c\" $d" } })));

        Target Removed => _ => _.Executes(ctx => Scenario.Current.Record(
            ctx.Shell(Show, new RunOptions { Environment = new Dictionary<string, string?> { [Inherited] = null, ["PROCESSES_IT_ADDED"] = "1" } })));

        Target Replaced => _ => _.Executes(ctx => Scenario.Current.Record(ctx.Run(
            "/usr/bin/env",
            [],
            new RunOptions { ReplaceEnvironment = true, Environment = new Dictionary<string, string?> { ["ONLY"] = "1", ["NOT_SET"] = null } })));
    }

    [PosixTheory]
    [InlineData("plain", "inherited=from-test-host added=unset")]
    [InlineData("added", "inherited=from-test-host added=a b \"c\" $d")]
    [InlineData("removed", "inherited=unset added=1")]
    public async Task Variables_are_merged_into_the_inherited_environment(string target, string expected)
    {
        using var scenario = new Scenario();

        (await InProcessBuild.RunAsync<Variables>(target)).AssertExitCode(0);

        Assert.Equal(expected + "\n", scenario.SingleResult().StandardOutput);
    }

    [PosixFact]
    public async Task ReplaceEnvironment_gives_the_command_only_the_given_variables()
    {
        using var scenario = new Scenario();

        (await InProcessBuild.RunAsync<Variables>("replaced")).AssertExitCode(0);

        Assert.Equal("ONLY=1\n", scenario.SingleResult().StandardOutput);
    }
}
