using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Automation.Components;
using Automation.IntegrationTests.Components.Support;
using Automation.IntegrationTests.Support;
using Automation.Tests.Support;
using TestGit = Automation.IntegrationTests.Versioning.GitCli;

namespace Automation.IntegrationTests.Delivery;

/// <summary>
/// The sample's whole pipeline (tests, staging, approval, production deployed by the CI actor, an upgrade, a failing
/// test run), each build recording its stages by itself, then <c>automation :status</c> run as the real tool in the
/// sample repository.
/// </summary>
[Collection(DeliveryCollection.Name)]
public sealed partial class StatusCommandTests(SampleAppFixture app)
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "Automation.Cli.dll");

    // Hosts relative to the repository, as a build may write them: the ledger keeps them as written, so the table
    // does not depend on the test's temporary folder.
    private static readonly Dictionary<string, string> Hosts = new()
    {
        ["STAGING_HOST"] = "../hosts/staging",
        ["PRODUCTION_HOST"] = "../hosts/production",
    };

    [LinuxFact]
    public async Task Status_after_the_sample_pipeline_shows_recorded_stages_and_what_is_live_where()
    {
        var started = DateTimeOffset.UtcNow.AddMinutes(-1);
        using var sample = new DeliverySample(app.Binaries);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        ComponentRun Run(params string[] args) => sample.Run(Hosts, timeout.Token, args);
        var ci = new Dictionary<string, string>(Hosts) { ["GITHUB_ACTOR"] = "ci-bot" };

        var tested = Run("integration-test").AssertExitCode(0);
        Assert.Contains("Delivery ledger: 1.0.0 integration-test passed", tested.Output, StringComparison.Ordinal);
        Run("deploy", "--env", "staging").AssertExitCode(0);
        sample.Git("config", "user.email", "release@sample.invalid");
        Run("approve", "--env", "production").AssertExitCode(0);
        sample.Git("config", "user.email", "dev@sample.invalid");
        var notADeployer = Run("deploy", "--env", "production").AssertExitCode(1);
        Assert.Contains("dev@sample.invalid may not deploy to production", notADeployer.Output, StringComparison.Ordinal);

        // On CI the CI actor deploys (GITHUB_ACTOR), whoever the commit's author is.
        sample.Run(ci, timeout.Token, "deploy", "--env", "production").AssertExitCode(0);

        sample.Commit("Upgrade", "1.1.0");
        Run("integration-test").AssertExitCode(0);
        Run("deploy", "--env", "staging").AssertExitCode(0);
        sample.Commit("Next", "1.2.0");
        Run("integration-test", "--failing-tests", "1").AssertExitCode(1);
        Assert.Equal(("1.1.0", "1.0.0"), (DeliverySample.Live(sample.StagingRoot), DeliverySample.Live(sample.ProductionRoot)));

        var text = await AutomationAsync(sample.Repository, ":status");
        var json = await AutomationAsync(sample.Repository, ":status", "--json");

        // The configuration hash is the rendered file's SHA-256, and the times are this run's: both checked, then
        // replaced by placeholders of the same width so the expected file holds.
        using var document = JsonDocument.Parse(json);
        var live = document.RootElement.GetProperty("live").EnumerateArray().ToList();
        var stagingHash = live[0].GetProperty("configHash").GetString()!;
        Assert.Equal(Sha256(Path.Combine(sample.StagingRoot, "versions", "1.1.0", "deploy.settings.json")), stagingHash);
        Assert.Contains(stagingHash[..12], text, StringComparison.Ordinal);
        Assert.All(live, l => Assert.InRange(DateTimeOffset.Parse(l.GetProperty("since").GetString()!, CultureInfo.InvariantCulture), started, DateTimeOffset.UtcNow));

        ExpectedFile.Match(ShortHash().Replace(Minute().Replace(text, "yyyy-MM-dd HH:mm UTC"), "<confighash>"), "pipeline-status");
        ExpectedFile.Match(Since().Replace(FullHash().Replace(json, "\"configHash\": \"<sha-256>\""), "\"since\": \"<time>\""), "pipeline-status-json");

        var events = await new DeliveryLedger(sample.Repository).ReadAsync();
        var failedTests = Assert.Single(events, e => e is { Kind: LedgerEventKinds.Stage, Version: "1.2.0" });
        Assert.Equal((LedgerOutcomes.Failed, new TestCounts(2, 1, 1), sample.Git("rev-parse", "HEAD")), (failedTests.Outcome, failedTests.Tests, failedTests.Commit));
    }

    [LinuxFact]
    public async Task A_local_build_keeps_its_stages_in_the_clone_and_a_CI_build_or_status_shares_them()
    {
        using var sample = new DeliverySample(app.Binaries);
        var remote = Path.Combine(Path.GetDirectoryName(sample.Repository)!, "remote.git");
        Assert.Equal(0, TestGit.Run(sample.Repository, ["init", "--quiet", "--bare", remote]).ExitCode);
        sample.Git("remote", "add", "origin", remote);
        string RemoteLedger() => TestGit.Run(sample.Repository, ["ls-remote", "origin", DeliveryLedger.Ref]).StandardOutput.Trim();

        var local = sample.Run("integration-test").AssertExitCode(0);
        Assert.Contains("Delivery ledger: 1.0.0 integration-test passed (kept in this clone; the next deploy or automation :status shares it)", local.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, RemoteLedger());

        await AutomationAsync(sample.Repository, ":status");
        var afterStatus = RemoteLedger();
        Assert.StartsWith(sample.Git("rev-parse", DeliveryLedger.Ref), afterStatus, StringComparison.Ordinal);

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var onCi = sample.Run(new Dictionary<string, string> { ["CI"] = "true" }, timeout.Token, "integration-test").AssertExitCode(0);
        Assert.DoesNotContain("kept in this clone", onCi.Output, StringComparison.Ordinal);
        Assert.NotEqual(afterStatus, RemoteLedger());
        Assert.StartsWith(sample.Git("rev-parse", DeliveryLedger.Ref), RemoteLedger(), StringComparison.Ordinal);
    }

    [LinuxFact]
    public async Task Status_outside_a_folder_and_with_an_unknown_option_is_a_usage_error()
    {
        using var sample = new DeliverySample(app.Binaries);

        var empty = await RunToolAsync(sample.Repository, ":status");
        var unknown = await RunToolAsync(sample.Repository, ":status", "--jsn");
        var missing = await RunToolAsync(sample.Repository, ":status", "--repo", Path.Combine(sample.Repository, "nowhere"));

        Assert.Equal((0, "The delivery ledger has no events yet.\n"), (empty.ExitCode, empty.StandardOutput));
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown or incomplete option '--jsn'", unknown.StandardError, StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("give a git work tree with --repo <dir>", missing.StandardError, StringComparison.Ordinal);
    }

    private static async Task<string> AutomationAsync(string directory, params string[] arguments)
    {
        var result = (await RunToolAsync(directory, arguments)).AssertExitCode(0);
        Assert.Equal(string.Empty, result.StandardError);
        return result.StandardOutput.ReplaceLineEndings("\n");
    }

    private static Task<ProcessResult> RunToolAsync(string directory, params string[] arguments) =>
        ChildProcess.RunAsync("dotnet", [Tool, .. arguments], directory, TimeSpan.FromSeconds(60));

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    [GeneratedRegex(@"\d{4}-\d\d-\d\d \d\d:\d\d UTC")]
    private static partial Regex Minute();

    [GeneratedRegex(@"(?<=  )[0-9a-f]{12}(?=  )")]
    private static partial Regex ShortHash();

    [GeneratedRegex(@"""configHash"": ""[0-9a-f]{64}""")]
    private static partial Regex FullHash();

    [GeneratedRegex(@"""since"": ""[^""]+""")]
    private static partial Regex Since();
}
