namespace Automation.IntegrationTests.Processes;

/// <summary>
/// A secret — a <c>[Secret]</c> parameter, or a value registered at run time with <c>ctx.Secret</c> — never leaves the
/// build unmasked through any channel a command touches: the echoed command, its streamed output, the captured result,
/// the failure message, a CI annotation made from its output, and build.log.
/// </summary>
public sealed class SecretCanaryTests
{
    private sealed class Leaky : AutomationBuild
    {
        [Parameter, Secret] readonly string? Token = null;

        Target Echo => _ => _.Executes(ctx => Scenario.Current.Record(ctx.Run("echo", ["--token", Canary(ctx), $"--header=Bearer {Canary(ctx)}"])));

        Target Streamed => _ => _.Executes(ctx => Scenario.Current.Record(ctx.Shell(
            "echo \"out $CANARY\"; echo \"err $CANARY\" >&2",
            new RunOptions { Environment = new Dictionary<string, string?> { ["CANARY"] = Canary(ctx) } })));

        Target Failure => _ => _.Executes(ctx =>
        {
            try
            {
                ctx.Run("/bin/sh", ["-c", "echo \"rejected $1\"; exit 4", "sh", Canary(ctx)], new RunOptions { Hide = OutputHiding.Both });
            }
            catch (ProcessFailedException exception)
            {
                Scenario.Current.Failures.Enqueue(exception);
                throw;
            }
        });

        Target Annotation => _ => _.Executes(ctx => ctx.Shell(
            "echo \"src/$CANARY/A.cs(3,7): error CS0103: The name '$CANARY' does not exist\"",
            new RunOptions { Environment = new Dictionary<string, string?> { ["CANARY"] = Canary(ctx) } }));

        // The [Secret] parameter when given; otherwise a token read from a file, registered as a secret at run time.
        private string Canary(ITargetContext ctx)
        {
            if (Token is not null)
            {
                return Token;
            }

            var token = File.ReadAllText(RootDirectory / "token.txt").Trim();
            ctx.Secret(token);
            return token;
        }
    }

    public static TheoryData<string> Sources => ["parameter", "runtime"];

    [PosixTheory]
    [MemberData(nameof(Sources))]
    public async Task Echoed_command(string source)
    {
        using var scenario = new Scenario();

        var run = await RunAsync(scenario, source, "echo");

        run.AssertExitCode(0).AssertOutputContains("> echo --token *** \"--header=Bearer ***\"\n");
        Assert.Equal("echo --token *** \"--header=Bearer ***\"", scenario.SingleResult().CommandLine);
        Assert.Contains("> echo --token ***", run.Log, StringComparison.Ordinal);
    }

    [PosixTheory]
    [MemberData(nameof(Sources))]
    public async Task Streamed_output(string source)
    {
        using var scenario = new Scenario();

        var run = await RunAsync(scenario, source, "streamed");

        run.AssertExitCode(0).AssertOutputContains("out ***\n");
        run.AssertOutputContains("err ***\n");
        Assert.Contains("out ***\n", run.Log, StringComparison.Ordinal);
    }

    [PosixTheory]
    [MemberData(nameof(Sources))]
    public async Task Captured_result(string source)
    {
        using var scenario = new Scenario();

        (await RunAsync(scenario, source, "streamed")).AssertExitCode(0);

        var result = scenario.SingleResult();
        Assert.Equal("out ***\n", result.StandardOutput);
        Assert.Equal("err ***\n", result.StandardError);
        Assert.Equal(["out ***"], result.OutputLines);
    }

    [PosixTheory]
    [MemberData(nameof(Sources))]
    public async Task Exception_message(string source)
    {
        using var scenario = new Scenario();

        var run = (await RunAsync(scenario, source, "failure")).AssertExitCode(1);

        var exception = scenario.SingleFailure<ProcessFailedException>();
        Assert.DoesNotContain(Canary, exception.Message, StringComparison.Ordinal);
        Assert.Contains("/bin/sh -c \"echo \\\"rejected \\$1\\\"; exit 4\" sh ***", exception.Message, StringComparison.Ordinal);
        Assert.EndsWith("rejected ***", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Canary, exception.Result.StandardOutput, StringComparison.Ordinal);
        run.AssertOutputContains("Target 'failure' failed: Command failed (exit code 4)");
        run.AssertOutputContains("rejected ***");
    }

    [PosixTheory]
    [MemberData(nameof(Sources))]
    public async Task GitHub_annotation(string source)
    {
        using var scenario = new Scenario();

        var run = (await RunAsync(scenario, source, "annotation", "--host", "github-actions")).AssertExitCode(0);

        run.AssertOutputContains("src/***/A.cs(3,7): error CS0103: The name '***' does not exist\n");
        run.AssertOutputContains("::error file=src/***/A.cs,line=3,col=7,title=CS0103::CS0103: The name '***' does not exist\n");
    }

    // The canary's shape survives the echo's quoting unchanged only if masking works: it has $, quotes and a space.
    private const string Canary = "cAn4ry $ecret \"q\"";

    private static async Task<BuildRun> RunAsync(Scenario scenario, string source, string target, params string[] extra)
    {
        string[] args = [target, .. extra];
        if (source == "parameter")
        {
            args = [.. args, "--token", Canary];
        }
        else
        {
            scenario.Write("token.txt", Canary);
        }

        var run = await InProcessBuild.RunAsync<Leaky>(args);
        AssertNoCanary(run, scenario);
        return run;
    }

    private static void AssertNoCanary(BuildRun run, Scenario scenario)
    {
        Assert.False(run.Output.Contains("cAn4ry", StringComparison.Ordinal), $"The console output leaks the secret:{Environment.NewLine}{run.Output}");
        Assert.False(run.Log.Contains("cAn4ry", StringComparison.Ordinal), $"build.log leaks the secret:{Environment.NewLine}{run.Log}");
        Assert.NotEmpty(run.Log);
        foreach (var result in scenario.Results)
        {
            Assert.DoesNotContain("cAn4ry", result.CommandLine + result.StandardOutput + result.StandardError, StringComparison.Ordinal);
        }
    }
}
