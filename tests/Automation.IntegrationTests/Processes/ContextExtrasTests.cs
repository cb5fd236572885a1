namespace Automation.IntegrationTests.Processes;

/// <summary>
/// pyinvoke's context extras with real child processes: <c>ctx.Prefix</c> (commands after a prefix in one shell),
/// <c>ctx.Sudo</c> (a stand-in sudo that prompts and checks the password; the password is a secret) and
/// <c>RunOptions.Pty</c> (a pseudo-terminal through <c>script</c>).
/// </summary>
public sealed class ContextExtrasTests
{
    // A password no output may show: the stand-in sudo prints it back, so only masking keeps it out.
    private const string Canary = "canary-pw-7f3a91c2";

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(15);

    private sealed class Extras : AutomationBuild
    {
        Target Prefixed => _ => _.Executes(ctx =>
        {
            using (ctx.Cd("app"))
            using (ctx.Prefix(". ./env.sh"))
            using (ctx.Prefix("export STAGE=\"$GREETING world\""))
            {
                Scenario.Current.Record(ctx.Run("printenv", ["STAGE"], new RunOptions { Timeout = CommandTimeout }));
            }

            Scenario.Current.Record(ctx.Run("printenv", ["STAGE"], new RunOptions { Warn = true, Timeout = CommandTimeout }));
        });

        Target FailingPrefix => _ => _.Executes(ctx =>
        {
            using (ctx.Prefix("test -f missing.sh"))
            {
                ctx.Run("touch made-anyway");
            }
        });

        Target Root => _ => _.Executes(ctx =>
        {
            using (ctx.WithEnvironment(new Dictionary<string, string?> { ["PATH"] = Scenario.Current.PathOf("bin") + ":" + Environment.GetEnvironmentVariable("PATH") }))
            {
                Scenario.Current.Record(ctx.Sudo("printf 'ran as root: %s\\n' yes", Canary, new RunOptions { Timeout = CommandTimeout }));
            }
        });

        Target Terminal => _ => _.Executes(ctx =>
        {
            const string Probe = "if [ -t 1 ]; then echo on-a-terminal; else echo on-a-pipe; fi";
            Scenario.Current.Record(ctx.Run("sh", ["-c", Probe], new RunOptions { Pty = true, Timeout = CommandTimeout }));
            Scenario.Current.Record(ctx.Run("sh", ["-c", Probe], new RunOptions { Timeout = CommandTimeout }));
        });
    }

    [PosixFact]
    public async Task Nested_prefixes_chain_with_and_before_each_command_in_one_shell()
    {
        using var scenario = new Scenario();
        scenario.Write("app/env.sh", "GREETING=hello\n");

        var run = (await InProcessBuild.RunAsync<Extras>("prefixed")).AssertExitCode(0);

        run.AssertOutputContains("> /bin/sh -c \". ./env.sh && export STAGE=\\\"\\$GREETING world\\\" && printenv STAGE\"");
        var results = scenario.Results.ToList();
        Assert.Equal("hello world\n", results[0].StandardOutput);

        // Outside the scope the command runs on its own again: no shell, no STAGE.
        Assert.Equal(("", 1), (results[1].StandardOutput, results[1].ExitCode));
    }

    [PosixFact]
    public async Task A_failing_prefix_stops_the_command()
    {
        using var scenario = new Scenario();

        var run = (await InProcessBuild.RunAsync<Extras>("failing-prefix")).AssertExitCode(1);

        run.AssertStatus("failing-prefix", "Failed");
        Assert.False(File.Exists(scenario.PathOf("made-anyway")));
    }

    [PosixFact]
    public async Task Sudo_answers_the_password_prompt_and_the_password_never_shows()
    {
        using var scenario = new Scenario();
        var sudo = scenario.Write("bin/sudo", """
            #!/bin/sh
            # A stand-in for sudo -S -p PROMPT COMMAND...: prompts on standard error, checks the password, runs the command.
            [ "$1" = "-S" ] && [ "$2" = "-p" ] || { echo "usage: sudo -S -p prompt command" >&2; exit 64; }
            prompt=$3; shift 3
            printf '%s' "$prompt" >&2
            read -r password
            [ "$password" = "canary-pw-7f3a91c2" ] || { echo "Sorry, try again." >&2; exit 1; }
            echo "authenticated with $password"
            exec "$@"
            """.ReplaceLineEndings("\n"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(sudo, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var run = (await InProcessBuild.RunAsync<Extras>("root")).AssertExitCode(0);

        // The prompt comes on standard error without a line end, so where it shows among the standard output lines
        // depends on how the two pipes are read: check the lines, not their neighbours.
        run.AssertOutputContains("authenticated with ***\n");
        run.AssertOutputContains("ran as root: yes\n");
        Assert.True(
            run.Output.IndexOf("authenticated with ***", StringComparison.Ordinal) < run.Output.IndexOf("ran as root: yes", StringComparison.Ordinal),
            run.Output);
        run.AssertOutputContains("> sudo -S -p \"[sudo] password: \" printf \"ran as root: %s\\\\n\" yes");
        run.AssertOutputLacks(Canary);
        Assert.DoesNotContain(Canary, run.Log, StringComparison.Ordinal);
        // The prompt has no line end; the captured text ends its last line.
        Assert.Equal("[sudo] password: \n", scenario.SingleResult().StandardError);
    }

    [PosixFact]
    public async Task Pty_runs_the_command_on_a_terminal()
    {
        using var scenario = new Scenario();

        (await InProcessBuild.RunAsync<Extras>("terminal")).AssertExitCode(0);

        var results = scenario.Results.ToList();
        Assert.Equal("on-a-terminal", results[0].StandardOutput.Trim());
        Assert.Equal("on-a-pipe\n", results[1].StandardOutput);
    }
}
