using Automation.Components;
using Automation.Tests.Support;

namespace Automation.Tests.Components.Nuke;

/// <summary>NUKE's <c>IHazTwitterCredentials</c>: four secret parameters with the <c>Twitter</c> prefix.</summary>
public sealed class TwitterCredentialsTests
{
    private sealed class Build : AutomationBuild, IHazTwitterCredentials
    {
        IHazTwitterCredentials Twitter => this;

        Target Announce => _ => _.Executes(ctx =>
        {
            Trace.Record($"{Twitter.ConsumerKey}|{Twitter.ConsumerSecret}|{Twitter.AccessToken?.Length}|{Twitter.AccessTokenSecret is null}");
            ctx.Info($"token {Twitter.AccessToken}");
        });
    }

    [Fact]
    public void The_parameters_carry_NUKEs_prefixed_names_on_the_command_line_and_in_the_environment()
    {
        var run = BuildHarness.Run<Build>(
            new BuildOptions { Variables = new Dictionary<string, string> { ["TWITTER_CONSUMER_SECRET"] = "from-env" } },
            "announce", "--twitter-consumer-key", "from-args", "--twitter-access-token", "TWITTER-CANARY-7");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["from-args|from-env|16|True"], run.Trace);
        Assert.Equal($"{IHazTwitterCredentials.Twitter}{nameof(IHazTwitterCredentials.ConsumerKey)}", "TwitterConsumerKey");
    }

    [Fact]
    public void The_values_are_secrets_never_shown()
    {
        var run = BuildHarness.Run<Build>("announce", "--twitter-access-token", "TWITTER-CANARY-7");
        var help = BuildHarness.Run<Build>("--help").Output;

        Assert.DoesNotContain("TWITTER-CANARY-7", run.Output, StringComparison.Ordinal);
        Assert.Contains("token ***", run.Output, StringComparison.Ordinal);
        Assert.Contains("--twitter-access-token-secret", help, StringComparison.Ordinal);
    }
}
