using System.Text.Json;
using Automation.Components;

namespace Automation.IntegrationTests.Delivery;

/// <summary>The sample deployed over real ssh and rsync to a real sshd on 127.0.0.1, with the key as a secret.</summary>
[Collection(DeliveryCollection.Name)]
public sealed class SshDeployTests(SampleAppFixture app)
{
    [SshFact]
    public async Task Deploys_and_upgrades_over_ssh_with_the_key_as_a_secret()
    {
        using var server = await SshServer.StartAsync();
        using var sample = new DeliverySample(app.Binaries);
        var remoteRoot = sample.StagingRoot;
        sample.StagingRoot = server.HostUrl(remoteRoot);
        sample.AppRoots.Add(remoteRoot);
        var key = await File.ReadAllTextAsync(server.ClientKey);
        var variables = new Dictionary<string, string> { ["SSH_KEY"] = key };
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));

        var first = sample.Run(variables, timeout.Token, "deploy", "--env", "staging").AssertExitCode(0);
        Assert.Contains("ssh", first.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", first.Output, StringComparison.Ordinal);
        Assert.Equal("1.0.0", DeliverySample.Live(remoteRoot));
        Assert.Equal("hello from 1.0.0", await DeliverySample.GetAsync(sample.StagingPort));
        Assert.True(new FileInfo(Path.Combine(remoteRoot, "live")).LinkTarget == "versions/1.0.0", "live is a relative symlink to versions/1.0.0");
        Assert.True(File.Exists(Path.Combine(remoteRoot, "versions", "1.0.0", "SampleApp.dll")), "the artifact was copied");

        // The layers are rendered for this host (its settings keyed by its ssh:// address win last); the secret only in the file.
        var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(remoteRoot, "versions", "1.0.0", "deploy.settings.json"))).RootElement;
        Assert.Equal(
            ["common", "common-staging", "app", "app-staging", "overrides", "host"],
            new[] { "A", "B", "C", "D", "E", "F" }.Select(k => settings.GetProperty(k).GetString()));
        Assert.Equal(DeliverySample.Canary, settings.GetProperty("Token").GetString());
        Assert.DoesNotContain(DeliverySample.Canary, first.Output, StringComparison.Ordinal);

        sample.Commit("Upgrade", "1.1.0");
        sample.Run(variables, timeout.Token, "deploy", "--env", "staging").AssertExitCode(0);
        Assert.Equal("1.1.0", DeliverySample.Live(remoteRoot));
        Assert.Equal("hello from 1.1.0", await DeliverySample.GetAsync(sample.StagingPort));
        Assert.Equal(
            ["prepare 1.0.0 staging", "deployed 1.0.0 staging", "prepare 1.1.0 staging", "deployed 1.1.0 staging"],
            File.ReadAllLines(Path.Combine(remoteRoot, "hooks.log")));

        sample.Run(variables, timeout.Token, "rollback", "--env", "staging").AssertExitCode(0);
        Assert.Equal("1.0.0", DeliverySample.Live(remoteRoot));
        var events = await new DeliveryLedger(sample.Repository).ReadAsync();
        Assert.Contains(events, e => e is { Kind: LedgerEventKinds.Deploy, Version: "1.1.0", Outcome: LedgerOutcomes.Succeeded } && e.Host == sample.StagingRoot && e.ConfigHash!.Length == 64);
        Assert.Contains(events, e => e is { Kind: LedgerEventKinds.Rollback, Version: "1.0.0" });
    }
}
