using Automation.Tests.Support;

namespace Automation.Tests.Processes;

/// <summary>In a dry run every command is echoed, quoted so it can be pasted, with secrets masked, and none is started.</summary>
public sealed class DryRunEchoTests
{
    private const string Runtime = "rt-5ecret";

    private sealed class Deploy : AutomationBuild
    {
        [Parameter, Secret] readonly string? Key = null;

        Target Split => _ => _.Executes(ctx => Record(ctx.Run("dotnet nuget push \"my package.nupkg\" --api-key " + Key)));

        Target Arguments => _ => _.Executes(ctx => Record(ctx.Run("dotnet", ["nuget", "push", "a b.nupkg", "--api-key", Key!, $"--header=X-Key:{Key}"])));

        Target Runtime => _ => _.Executes(ctx =>
        {
            ctx.Secret(DryRunEchoTests.Runtime);
            Record(ctx.Run("curl", ["-H", $"Authorization: Bearer {DryRunEchoTests.Runtime}", "https://example.com"]));
        });

        Target Shell => _ => _.Executes(ctx => Record(ctx.Shell($"echo {Key} | wc -c > out.txt")));

        Target Silent => _ => _.Executes(ctx => Record(ctx.Run("tool --key " + Key, new RunOptions { Echo = false })));

        private static void Record(CommandResult result) =>
            Trace.Record($"{result.CommandLine} | exit {result.ExitCode} | out '{result.StandardOutput}' | err '{result.StandardError}'");
    }

    [Theory]
    [InlineData("split", "dotnet nuget push \"my package.nupkg\" --api-key ***")]
    [InlineData("arguments", "dotnet nuget push \"a b.nupkg\" --api-key *** --header=X-Key:***")]
    [InlineData("runtime", "curl -H \"Authorization: Bearer ***\" https://example.com")]
    [InlineData("silent", "tool --key ***")]
    public void Echo_is_masked_and_the_result_is_an_empty_success(string target, string echo) => AssertMaskedEcho(target, echo);

    [UnixFact("the echoed command is /bin/sh -c, which ctx.Shell runs there")]
    public void Shell_echo_is_masked_and_the_result_is_an_empty_success() =>
        AssertMaskedEcho("shell", "/bin/sh -c \"echo *** | wc -c > out.txt\"");

    private static void AssertMaskedEcho(string target, string echo)
    {
        var run = BuildHarness.Run<Deploy>(target, "--dry-run", "--key", "k3y-canary");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"[dry-run] > {echo}\n", run.Output, StringComparison.Ordinal);
        Assert.Equal([$"{echo} | exit 0 | out '' | err ''"], run.Trace);
        Assert.DoesNotContain("k3y-canary", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("k3y-canary", run.Log!, StringComparison.Ordinal);
        Assert.DoesNotContain(Runtime, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Runtime, run.Log!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pa$$word")]
    [InlineData("with \"quotes\"")]
    [InlineData("back\\slash")]
    [InlineData("tick`s-tock")]
    [InlineData("two words")]
    public void Secret_with_characters_that_the_echo_quotes_is_masked_too(string secret)
    {
        var run = BuildHarness.Run<Deploy>("arguments", "--dry-run", "--key", secret);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--api-key ***", run.Output, StringComparison.Ordinal);
        Assert.Contains("--header=X-Key:***", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, run.Output, StringComparison.Ordinal);
        var escaped = secret.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("$", "\\$", StringComparison.Ordinal).Replace("`", "\\`", StringComparison.Ordinal);
        Assert.DoesNotContain(escaped, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Dry_run_starts_nothing_not_even_a_missing_program_or_directory()
    {
        using var repository = new TestRepository();

        var run = BuildHarness.Run<NothingStarts>(new BuildOptions { Repository = repository }, "touch", "--dry-run");

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(Path.Combine(repository.Root, "created.txt")));
        Assert.Contains("[dry-run] > touch created.txt\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("[dry-run] > no-such-program-4c1d\n", run.Output, StringComparison.Ordinal);
        Assert.Contains("[dry-run] > ls\n", run.Output, StringComparison.Ordinal);
        Assert.Equal("Succeeded", run.Status("touch"));
    }

    private sealed class NothingStarts : AutomationBuild
    {
        Target Touch => _ => _.Executes(async ctx =>
        {
            ctx.Run("touch created.txt");
            await ctx.RunAsync("no-such-program-4c1d");
            ctx.Run("ls", [], new RunOptions { WorkingDirectory = "no/such/directory", Timeout = TimeSpan.FromMilliseconds(1) });
        });
    }
}
