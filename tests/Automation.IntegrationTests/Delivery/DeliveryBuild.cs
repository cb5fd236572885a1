using Automation.Components;

namespace Automation.IntegrationTests.Delivery;

/// <summary>
/// The sample's build: <c>staging</c> (one host, local or <c>ssh://</c>) and <c>production</c> (which requires a
/// healthy staging deploy and an approval by <c>release@sample.invalid</c>, and which only that person and the CI actor
/// <c>ci-bot</c> may deploy to), each on its own port.
/// </summary>
internal sealed class DeliveryBuild : AutomationBuild, IDeliver
{
    [Parameter("Folder of the built sample app")] readonly string AppBinaries = string.Empty;
    [Parameter("Staging host")] readonly string StagingHost = string.Empty;
    [Parameter("Production host")] readonly string ProductionHost = string.Empty;
    [Parameter("Staging port")] readonly string StagingPort = string.Empty;
    [Parameter("Production port")] readonly string ProductionPort = string.Empty;
    [Parameter("Token the configuration takes"), Secret] readonly string ApiToken = string.Empty;

    [Parameter("Tests the integration-test stage fails")] readonly int FailingTests = 0;

    // The sample's test stage: it reports its counts as a test target does; the build's end records them in the ledger.
    Target IntegrationTest => _ => _
        .Executes(ctx =>
        {
            ctx.ReportTests(new TestCounts(3 - FailingTests, FailingTests, 1));
            Automation.Assert.True(FailingTests == 0, $"{FailingTests} integration tests failed");
        });

    AbsolutePath IDeliver.DeployArtifact => AbsolutePath.Create(AppBinaries);

    IReadOnlyDictionary<string, string> IDeliver.DeliverySecrets => new Dictionary<string, string> { ["ApiToken"] = ApiToken };

    IReadOnlyList<DeliveryEnvironment> IDeliver.Environments =>
    [
        new DeliveryEnvironment
        {
            Name = "staging",
            Hosts = [StagingHost],
            HealthCheck = $"http://127.0.0.1:{StagingPort}/health",
            HealthTimeout = TimeSpan.FromSeconds(20),
            KeepVersions = 2,
            Overrides = new Dictionary<string, string> { ["Port"] = StagingPort, ["E"] = "overrides", ["F"] = "overrides" },
            HostSettings = new Dictionary<string, IReadOnlyDictionary<string, string>> { [StagingHost] = new Dictionary<string, string> { ["F"] = "host" } },
        },
        new DeliveryEnvironment
        {
            Name = "production",
            Hosts = [ProductionHost],
            RequiredStage = "staging",
            RequiresApproval = true,
            Deployers = ["release@sample.invalid", "ci-bot"],
            Approvers = ["release@sample.invalid"],
            HealthCheck = $"http://127.0.0.1:{ProductionPort}/health",
            HealthTimeout = TimeSpan.FromSeconds(20),
            Overrides = new Dictionary<string, string> { ["Port"] = ProductionPort },
        },
    ];
}
