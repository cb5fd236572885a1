using Automation.Tests.Support;

namespace Automation.Tests.Parameters;

/// <summary>
/// A secret given with a slightly wrong syntax is never echoed in the usage error that follows, on the console or in
/// build.log: whatever is attached to a secret parameter's name, and the word after it, are masked, also when that
/// word was then taken as a target.
/// </summary>
public sealed class SecretSyntaxTests
{
    private const string Canary = "CANARY-77d1e";

    private sealed class Secrets : AutomationBuild
    {
        [Parameter, Secret] readonly string? Token = null;
        [Parameter, Secret] readonly string[] Tokens = [];
        [Parameter] readonly string? Label = null;

        Target Info => _ => _.Executes(ctx => ctx.Info($"token {Token} {Tokens.Length} {Label}"));
    }

    public static TheoryData<string[], string> Forms() => new()
    {
        { ["info", $"--token:{Canary}"], "Unknown option '--token:***'. Give a value as '--token <value>' or '--token=<value>'." },
        { ["info", "--token=", Canary], "Unknown target '***'" },
        { ["info", $"/token:{Canary}"], "Unknown target '/token:***'" },
        { ["info", "/token", Canary], "Unknown target" },
        { ["info", "-token", Canary], "Unknown option '-token'. Did you mean '--token'" },
        { ["info", $"-token:{Canary}"], "Unknown option '-token:***'." },
        { ["info", $"--Token:{Canary}"], "Unknown option '--Token:***'." },
        { ["info", $"--tokn:{Canary}"], "Unknown option '--tokn:***'. Did you mean '--token'" },
        { ["info", $"--tokn={Canary}"], "Unknown option '--tokn'. Did you mean '--token'" },
        { ["info", "--tokens", "first-secret", Canary, "--token:x"], "Unknown option '--token:***'." },
        { ["info", "--token", "first-secret", "--token", Canary, "extra"], "Unknown target 'extra'" },
        { ["info", $"--token:{Canary}", "--label", "plain"], "Unknown option '--token:***'." },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void Wrong_syntax_for_a_secret_is_a_usage_error_that_does_not_show_the_value(string[] args, string expected)
    {
        using var repo = new TestRepository();

        var run = BuildHarness.Run<Secrets>(new BuildOptions { Repository = repo }, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Output, StringComparison.Ordinal);
        Assert.NotNull(run.Log);
        foreach (var text in new[] { run.Output, run.Log })
        {
            Assert.DoesNotContain(Canary, text, StringComparison.Ordinal);
            Assert.DoesNotContain("first-secret", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_path_is_not_taken_for_a_secret_written_with_a_slash()
    {
        using var repo = new TestRepository();

        var failed = BuildHarness.Run<Secrets>("info", "--label", "/token/cache", "--root", "/does/not/exist");
        var run = BuildHarness.Run<Secrets>(new BuildOptions { Repository = repo }, "--label", "/token/cache", "info");

        Assert.Equal(2, failed.ExitCode);
        Assert.Contains("--root '/does/not/exist' does not exist.", failed.Output, StringComparison.Ordinal);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"--label\",\n    \"/token/cache\",\n    \"info\"", File.ReadAllText(Path.Combine(repo.Root, ".nuke", "temp", "last-run.json")).ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_after_a_secret_that_is_also_a_target_is_masked_only_in_errors()
    {
        // `--token= info` makes 'info' both the (empty) token's intended value and a target: the build runs, and the
        // word is masked nowhere but in errors.
        var run = BuildHarness.Run<Secrets>("--token=", "info", "--label", "info-label");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("token  0 info-label", run.Output, StringComparison.Ordinal);
    }
}
