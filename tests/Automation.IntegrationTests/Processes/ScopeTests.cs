namespace Automation.IntegrationTests.Processes;

/// <summary><c>ctx.Cd</c> and <c>ctx.WithEnvironment</c> scopes applied to real commands: nested, restored, and separate per async flow.</summary>
public sealed class ScopeTests
{
    private const string Show = "echo \"$(pwd) X=${SCOPE_X-unset} Y=${SCOPE_Y-unset}\"";

    private sealed class Scoped : AutomationBuild
    {
        Target Nested => _ => _.Executes(async ctx =>
        {
            Show(ctx);
            using (ctx.Cd("a"))
            using (ctx.WithEnvironment(new Dictionary<string, string?> { ["SCOPE_X"] = "1", ["SCOPE_Y"] = "1" }))
            {
                Show(ctx);
                using (ctx.Cd("b"))
                using (ctx.WithEnvironment(new Dictionary<string, string?> { ["SCOPE_X"] = null, ["SCOPE_Y"] = "2" }))
                {
                    await Task.Yield();
                    Scenario.Current.Record(await ctx.ShellAsync(ScopeTests.Show));
                    Scenario.Current.Record(ctx.Shell(ScopeTests.Show, new RunOptions { Environment = new Dictionary<string, string?> { ["SCOPE_X"] = "options" } }));
                }

                Show(ctx);
            }

            Show(ctx);
        });

        Target Parallel => _ => _.Executes(async ctx =>
        {
            async Task<CommandResult> InAsync(string directory, string value)
            {
                using (ctx.Cd(directory))
                using (ctx.WithEnvironment(new Dictionary<string, string?> { ["SCOPE_X"] = value }))
                {
                    return await ctx.ShellAsync("sleep 0.2; " + ScopeTests.Show);
                }
            }

            var results = await Task.WhenAll(InAsync("a", "in-a"), InAsync("b", "in-b"));
            foreach (var result in results)
            {
                Scenario.Current.Record(result);
            }

            Show(ctx);
        });

        private static void Show(ITargetContext ctx) => Scenario.Current.Record(ctx.Shell(ScopeTests.Show));
    }

    [PosixFact]
    public async Task Nested_scopes_apply_to_commands_and_restore_on_dispose()
    {
        using var scenario = new Scenario();
        Directory.CreateDirectory(scenario.PathOf("a/b"));

        (await InProcessBuild.RunAsync<Scoped>("nested")).AssertExitCode(0);

        Assert.Equal(
            [
                $"{scenario.Root} X=unset Y=unset",
                $"{scenario.PathOf("a")} X=1 Y=1",
                $"{scenario.PathOf("a/b")} X=unset Y=2",
                $"{scenario.PathOf("a/b")} X=options Y=2",
                $"{scenario.PathOf("a")} X=1 Y=1",
                $"{scenario.Root} X=unset Y=unset",
            ],
            scenario.Results.Select(r => r.StandardOutput.TrimEnd('\n')));
    }

    [PosixFact]
    public async Task Concurrent_commands_each_keep_their_own_scope()
    {
        using var scenario = new Scenario();
        Directory.CreateDirectory(scenario.PathOf("a"));
        Directory.CreateDirectory(scenario.PathOf("b"));

        (await InProcessBuild.RunAsync<Scoped>("parallel")).AssertExitCode(0);

        Assert.Equal(
            [$"{scenario.PathOf("a")} X=in-a Y=unset", $"{scenario.PathOf("b")} X=in-b Y=unset", $"{scenario.Root} X=unset Y=unset"],
            scenario.Results.Select(r => r.StandardOutput.TrimEnd('\n')));
    }
}
