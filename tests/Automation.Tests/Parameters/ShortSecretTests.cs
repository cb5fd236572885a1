using Automation.Tests.Support;

namespace Automation.Tests.Parameters;

/// <summary>
/// A secret shorter than 8 characters is refused, naming the parameter and never the value: masked by substring, it
/// would hide unrelated text (a secret <c>-</c> turned <c>dotnet-child</c> into <c>dotnet***child</c>).
/// </summary>
public sealed class ShortSecretTests
{
    private sealed class Secrets : AutomationBuild
    {
        [Parameter, Secret] readonly string? Token = null;
        [Parameter, Secret] readonly string[] Tokens = [];

        Target Show => _ => _.Executes(ctx => ctx.Info($"dotnet-child output {Token?.Length} {Tokens.Length}"));

        Target Runtime => _ => _.Executes(ctx =>
        {
            ctx.Secret("-");
            ctx.Info("dotnet-child output");
        });
    }

    private sealed class ShortInitializer : AutomationBuild
    {
        [Parameter, Secret] readonly string Pin = "12345";

        Target Show => _ => _.Executes(ctx => ctx.Info($"pin has {Pin.Length} digits"));
    }

    [Theory]
    [InlineData("command-line", "(from the command line)")]
    [InlineData("environment", "(from environment variable TOKEN)")]
    [InlineData("parameters.json", "(from .nuke/parameters.json)")]
    [InlineData("array", "(from the command line)")]
    public void A_short_secret_is_a_usage_error_naming_the_parameter(string source, string from)
    {
        using var repo = new TestRepository();
        var variables = new Dictionary<string, string>();
        var args = new List<string> { "show" };
        switch (source)
        {
            case "command-line":
                args.AddRange(["--token", "-"]);
                break;
            case "array":
                args.AddRange(["--tokens", "long-enough-secret", "-"]);
                break;
            case "environment":
                variables["TOKEN"] = "-";
                break;
            default:
                repo.WriteFile(".nuke/parameters.json", """{ "Token": "-" }""");
                break;
        }

        var run = BuildHarness.Run<Secrets>(new BuildOptions { Repository = repo, Variables = variables }, [.. args]);

        Assert.Equal(2, run.ExitCode);
        var name = source == "array" ? "tokens" : "token";
        Assert.Contains($"error: The value of secret parameter --{name} {from} is too short: a secret must have at least 8 characters", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("***", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_initial_value_of_a_secret_is_a_usage_error()
    {
        var run = BuildHarness.Run<ShortInitializer>("show");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("The value of secret parameter --pin (from its initial value) is too short", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("12345", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_secret_registered_at_run_time_fails_the_target_and_masks_nothing()
    {
        var run = BuildHarness.Run<Secrets>("runtime");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Target 'runtime' failed: A secret must have at least 8 characters", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("dotnet***child", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_secret_of_the_minimum_length_is_masked_and_leaves_other_text_alone()
    {
        var run = BuildHarness.Run<Secrets>("show", "--token", "12345678");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("dotnet-child output 8 0", run.Output, StringComparison.Ordinal);
    }
}
