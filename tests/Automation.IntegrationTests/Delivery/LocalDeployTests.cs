using System.Text.Json;
using Automation.Components;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Delivery;

/// <summary>
/// The sample's pipeline on local hosts: deploy, upgrade, a re-deploy that changes nothing, a broken version rolled
/// back automatically, rollback by hand, the production gate and its approval, and an interrupted deploy.
/// </summary>
[Collection(DeliveryCollection.Name)]
public sealed class LocalDeployTests(SampleAppFixture app)
{
    [LinuxFact]
    public async Task Deploy_upgrade_broken_version_and_rollback_keep_live_on_a_healthy_version()
    {
        using var sample = new DeliverySample(app.Binaries);
        var root = sample.StagingRoot;

        var first = sample.Run("deploy", "--env", "staging").AssertExitCode(0);
        Assert.Equal("1.0.0", DeliverySample.Live(root));
        Assert.Equal("hello from 1.0.0", await DeliverySample.GetAsync(sample.StagingPort));
        Assert.True(new FileInfo(Path.Combine(root, "live")).LinkTarget == "versions/1.0.0", "live is a relative symlink to versions/1.0.0");
        Assert.DoesNotContain(DeliverySample.Canary, first.Output, StringComparison.Ordinal);

        // Each layer wins the keys it is the last to set; the secret is rendered into the file only.
        var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "versions", "1.0.0", "deploy.settings.json"))).RootElement;
        Assert.Equal(
            ["common", "common-staging", "app", "app-staging", "overrides", "host"],
            new[] { "A", "B", "C", "D", "E", "F" }.Select(k => settings.GetProperty(k).GetString()));
        Assert.Equal(DeliverySample.Canary, settings.GetProperty("Token").GetString());

        sample.Write("deploy/config/app.json", """{ "C": "app", "D": "app", "E": "app", "F": "app", "Message": "upgraded to" }""");
        sample.Commit("Upgrade", "1.1.0");
        sample.Run("deploy", "--env", "staging").AssertExitCode(0);
        Assert.Equal("1.1.0", DeliverySample.Live(root));
        Assert.Equal("upgraded to 1.1.0", await DeliverySample.GetAsync(sample.StagingPort));

        var ledgerBefore = await new DeliveryLedger(sample.Repository).ReadAsync();
        var again = sample.Run("deploy", "--env", "staging").AssertExitCode(0);
        Assert.Contains("already live with this configuration", again.Output, StringComparison.Ordinal);
        Assert.Equal(ledgerBefore.Count, (await new DeliveryLedger(sample.Repository).ReadAsync()).Count);

        sample.Write("deploy/config/app-staging.json", """{ "D": "app-staging", "E": "app-staging", "F": "app-staging", "Healthy": false }""");
        sample.Commit("Break", "1.2.0");
        var broken = sample.Run("deploy", "--env", "staging").AssertExitCode(1);
        Assert.Contains("rolled back to 1.1.0", broken.Output, StringComparison.Ordinal);
        Assert.Equal("1.1.0", DeliverySample.Live(root));
        Assert.Equal("upgraded to 1.1.0", await DeliverySample.GetAsync(sample.StagingPort));

        Assert.Equal(
            ["prepare 1.0.0 staging", "deployed 1.0.0 staging", "prepare 1.1.0 staging", "deployed 1.1.0 staging", "prepare 1.2.0 staging", "deployed 1.2.0 staging", "deployed 1.1.0 staging"],
            File.ReadAllLines(Path.Combine(root, "hooks.log")));

        var events = await new DeliveryLedger(sample.Repository).ReadAsync();
        Assert.Contains(events, e => e is { Kind: LedgerEventKinds.Health, Version: "1.2.0", Outcome: LedgerOutcomes.Failed });
        Assert.Contains(events, e => e is { Kind: LedgerEventKinds.Deploy, Version: "1.2.0", Outcome: LedgerOutcomes.Failed });
        Assert.Contains(events, e => e is { Kind: LedgerEventKinds.Rollback, Version: "1.1.0", Outcome: LedgerOutcomes.Succeeded } && e.Reason!.Contains("1.2.0", StringComparison.Ordinal));
        Assert.All(events, e => Assert.Equal("dev@sample.invalid", e.Who));

        sample.Run("rollback", "--env", "staging").AssertExitCode(0);
        Assert.Equal("1.0.0", DeliverySample.Live(root));
        Assert.Equal("hello from 1.0.0", await DeliverySample.GetAsync(sample.StagingPort));
        sample.Run("rollback", "--env", "staging", "--to", "1.1.0").AssertExitCode(0);
        Assert.Equal("1.1.0", DeliverySample.Live(root));

        // KeepVersions is 2: the live version and the one before it stay; the broken one went first.
        Assert.Equal(["1.0.0", "1.1.0"], Directory.GetDirectories(Path.Combine(root, "versions")).Select(Path.GetFileName).Order());
    }

    [LinuxFact]
    public void Production_refuses_a_version_that_skipped_staging_unless_overridden_and_needs_an_approval()
    {
        using var sample = new DeliverySample(app.Binaries);
        sample.Git("config", "user.email", "release@sample.invalid");

        var refused = sample.Run("deploy", "--env", "production").AssertExitCode(1);
        Assert.Contains("version 1.0.0 has not passed staging, which production requires", refused.Output, StringComparison.Ordinal);
        Assert.Contains("--override-gate", refused.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(sample.ProductionRoot, "versions")), "a refused deploy copies nothing");

        sample.Run("deploy", "--env", "staging").AssertExitCode(0);
        var unapproved = sample.Run("deploy", "--env", "production").AssertExitCode(1);
        Assert.Contains("not approved for production", unapproved.Output, StringComparison.Ordinal);

        // Who may deploy or approve is the git identity here: no reason overrides it.
        sample.Git("config", "user.email", "dev@sample.invalid");
        var notAnApprover = sample.Run("approve", "--env", "production").AssertExitCode(1);
        Assert.Contains("dev@sample.invalid may not approve versions for production", notAnApprover.Output, StringComparison.Ordinal);
        var notADeployer = sample.Run("deploy", "--env", "production", "--override-gate", "I am sure").AssertExitCode(1);
        Assert.Contains("dev@sample.invalid may not deploy to production: only release@sample.invalid, ci-bot may", notADeployer.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(new DeliveryLedger(sample.Repository).ReadAsync().GetAwaiter().GetResult(), e => e.Kind == LedgerEventKinds.GateOverride);
        sample.Git("config", "user.email", "release@sample.invalid");
        sample.Run("approve", "--env", "production", "--approve-version", "1.0.0").AssertExitCode(0);
        sample.Run("deploy", "--env", "production").AssertExitCode(0);
        Assert.Equal("1.0.0", DeliverySample.Live(sample.ProductionRoot));

        sample.Commit("Hotfix", "1.0.1");
        sample.Run("deploy", "--env", "production", "--override-gate", "hotfix for the outage").AssertExitCode(0);
        Assert.Equal("1.0.1", DeliverySample.Live(sample.ProductionRoot));
        var events = new DeliveryLedger(sample.Repository).ReadAsync().GetAwaiter().GetResult();
        var overridden = Assert.Single(events, e => e.Kind == LedgerEventKinds.GateOverride);
        Assert.Equal(("1.0.1", "production", "hotfix for the outage", "release@sample.invalid"), (overridden.Version, overridden.Stage, overridden.Reason, overridden.Who));
    }

    [LinuxFact]
    public void An_interrupted_deploy_leaves_live_on_the_complete_earlier_version()
    {
        using var sample = new DeliverySample(app.Binaries);
        sample.Run("deploy", "--env", "staging").AssertExitCode(0);
        sample.Commit("Next", "1.1.0");
        File.WriteAllText(Path.Combine(sample.StagingRoot, "block-prepare"), string.Empty);

        using var interrupt = new CancellationTokenSource();
        using var watcher = new FileSystemWatcher(sample.StagingRoot, "prepare-started") { EnableRaisingEvents = true };
        var started = new TaskCompletionSource();
        watcher.Created += (_, _) => started.TrySetResult();
        var deploy = Task.Run(() => sample.Run(null, interrupt.Token, "deploy", "--env", "staging"));
        Assert.True(started.Task.Wait(TimeSpan.FromSeconds(60)), "the prepare hook started");
        interrupt.Cancel();
        deploy.Result.AssertExitCode(130);

        Assert.Equal("1.0.0", DeliverySample.Live(sample.StagingRoot));
        Assert.True(File.Exists(Path.Combine(sample.StagingRoot, "live", "SampleApp.dll")), "live names a complete version");
        Assert.True(File.Exists(Path.Combine(sample.StagingRoot, "live", "deploy.settings.json")), "with its configuration");
    }
}
