namespace Automation.IntegrationTests.Processes;

/// <summary><c>ctx.Shell</c> runs a script through <c>/bin/sh -c</c>: pipes, globs, redirection and the script's exit code.</summary>
public sealed class ShellTests
{
    private sealed class Scripts : AutomationBuild
    {
        Target Pipe => _ => _.Executes(async ctx => Scenario.Current.Record(await ctx.ShellAsync("echo a b | wc -w")));

        Target Glob => _ => _.Executes(ctx => Scenario.Current.Record(ctx.Shell("ls *.txt && echo more > c.txt")));

        Target Fails => _ => _.Executes(ctx => ctx.Shell("echo partial; false | true; exit 5"));
    }

    [PosixFact]
    public async Task Pipe_connects_the_commands_and_the_echo_is_the_shell_invocation()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Scripts>("pipe")).AssertExitCode(0);

        Assert.Equal("2", scenario.SingleResult().StandardOutput.Trim());
        run.AssertOutputContains("> /bin/sh -c \"echo a b | wc -w\"\n");
        Assert.Equal("/bin/sh -c \"echo a b | wc -w\"", scenario.SingleResult().CommandLine);
    }

    [PosixFact]
    public async Task Globs_and_redirection_work()
    {
        using var scenario = new Scenario();
        scenario.Write("a.txt", string.Empty);
        scenario.Write("b.txt", string.Empty);

        (await InProcessBuild.RunAsync<Scripts>("glob")).AssertExitCode(0);

        Assert.Equal(["a.txt", "b.txt"], scenario.SingleResult().OutputLines);
        Assert.Equal("more\n", await File.ReadAllTextAsync(scenario.PathOf("c.txt")));
    }

    [PosixFact]
    public async Task Script_exit_code_fails_the_target()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Scripts>("fails")).AssertExitCode(1);

        run.AssertOutputContains("partial\n");
        run.AssertOutputContains("Command failed (exit code 5): /bin/sh -c \"echo partial; false | true; exit 5\"");
    }
}
