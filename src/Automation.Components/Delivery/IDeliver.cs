namespace Automation.Components;

/// <summary>
/// Continuous delivery: <c>deploy --env &lt;name&gt;</c> puts this version's artifact (<see cref="DeployArtifact"/>) on
/// every host of an environment (<c>&lt;root&gt;/versions/&lt;version&gt;/</c>, configuration rendered from layers,
/// <i>prepare</i> hook, atomic switch of <c>&lt;root&gt;/live</c>, <i>deployed</i> hook, health check, automatic
/// rollback when it fails, old versions pruned); <c>rollback --env &lt;name&gt; [--to &lt;version&gt;]</c>;
/// <c>approve</c> and <c>record-stage</c>. Every step is an event of the <see cref="DeliveryLedger"/>, which also
/// holds the promotion gates' evidence. Declare the environments in <see cref="Environments"/>.
/// </summary>
public interface IDeliver : IVersion, IPushesToRepository
{
    /// <summary>The environment to deploy to, roll back or approve for.</summary>
    [Parameter("Environment to deploy to, roll back or approve for (see the build's Environments)")]
    string? Env => ParameterValue<string>();

    /// <summary>The version <c>rollback</c> goes back to (default: the one live before the current one).</summary>
    [Parameter("Version to roll back to (default: the version live before the current one)")]
    string? To => ParameterValue<string>();

    /// <summary>Deploy although the promotion gate refuses; the reason is recorded in the ledger.</summary>
    [Parameter("Deploy although the version has not passed the required stage or approval; give the reason, which is recorded")]
    string? OverrideGate => ParameterValue<string>();

    /// <summary>The private key for <c>ssh://</c> hosts: its text or a file; masked in all output.</summary>
    [Parameter("Private key for ssh:// hosts (the key's text, or a file)"), Secret]
    string? SshKey => ParameterValue<string>();

    /// <summary>The version <c>approve</c> approves (default: this build's version).</summary>
    [Parameter("Version that approve approves (default: this build's version)")]
    string? ApproveVersion => ParameterValue<string>();

    /// <summary>The stage <c>record-stage</c> records (<c>integration-test</c>).</summary>
    [Parameter("Stage that record-stage records as passed for this version (e.g. integration-test)")]
    string? Stage => ParameterValue<string>();

    /// <summary>Record the stage as failed rather than passed.</summary>
    [Parameter("record-stage records the stage as failed")]
    bool StageFailed => ParameterValue<bool?>() ?? false;

    /// <summary>The git remote the ledger is exchanged with.</summary>
    [Parameter("Git remote the delivery ledger is pushed to and fetched from")]
    string LedgerRemote => ParameterValue<string>() ?? "origin";

    /// <summary>The environments, lowest first (<c>development</c>, <c>staging</c>, <c>production</c>).</summary>
    IReadOnlyList<DeliveryEnvironment> Environments => [new DeliveryEnvironment { Name = "development" }];

    /// <summary>The folder deployed: a published app the build produced (a target of the build fills it before <c>deploy</c>).</summary>
    AbsolutePath DeployArtifact => RootDirectory / "artifacts" / "deploy";

    /// <summary>The folder of the configuration layers (<c>common.json</c>, <c>common-&lt;env&gt;.json</c>, ...).</summary>
    AbsolutePath ConfigurationLayersDirectory => RootDirectory / "deploy" / "config";

    /// <summary>The application's name, which names its configuration layers (<c>&lt;app&gt;.json</c>, <c>&lt;app&gt;-&lt;env&gt;.json</c>).</summary>
    string ApplicationName => "app";

    /// <summary>The name of the rendered configuration file in the version's folder.</summary>
    string ConfigurationFileName => "deploy.settings.json";

    /// <summary>The <i>prepare</i> hook: a shell script in the repository, run on the host in the new version's folder before the switch.</summary>
    AbsolutePath PrepareHook => RootDirectory / "deploy" / "prepare.sh";

    /// <summary>The <i>deployed</i> hook: a shell script run on the host in the live version's folder after each switch (it restarts the service).</summary>
    AbsolutePath DeployedHook => RootDirectory / "deploy" / "deployed.sh";

    /// <summary>The secrets <c>${Name}</c> in configuration layers takes, by name (values usually from <c>[Secret]</c> parameters); masked in all output.</summary>
    IReadOnlyDictionary<string, string> DeliverySecrets => new Dictionary<string, string>();

    /// <summary>The version deployed and recorded: this commit's SemVer.</summary>
    string DeliveryVersion => CurrentVersion.SemVer;

    /// <summary>
    /// Whether each build records the targets that ran (and their test counts) in the ledger as stages of this version,
    /// which <see cref="DeliveryEnvironment.RequiredStage"/> and <c>automation :status</c> read. On by default.
    /// </summary>
    bool RecordsBuildStages => true;

    /// <summary>
    /// A CI job pushes the ledger when it runs a delivery target (<c>deploy</c>, <c>rollback</c>, <c>approve</c>,
    /// <c>record-stage</c>) or records its targets as stages (<see cref="RecordsBuildStages"/>): the CI generator gives
    /// exactly those jobs the right to push.
    /// </summary>
    /// <param name="targets">The targets the job runs.</param>
    /// <returns>Whether the job pushes the ledger.</returns>
    bool IPushesToRepository.PushesToRepository(IReadOnlyCollection<ExecutableTarget> targets) => BuildStageRecorder.PushesFromCi(this, targets);

    /// <summary>
    /// Called by the engine once the build's targets have ended: records every target that ran (passed, up to date or
    /// failed) as a <c>stage</c> event of this version, with its test counts; the delivery targets record their own.
    /// Nothing is recorded for an interrupted build, a dry run, or with <see cref="RecordsBuildStages"/> off.
    /// </summary>
    /// <param name="context">How the targets ended.</param>
    [AfterBuild]
    Task RecordBuildStagesAsync(BuildFinishedContext context) => new BuildStageRecorder(this).RecordAsync(context);

    /// <summary>Deploys this version to <see cref="Env"/>.</summary>
    Target Deploy => _ => _
        .Description("Deploy this version to --env: switch, health check, roll back on failure; recorded in the ledger")
        .Requires(() => Env)
        .Executes(ctx => new DeliveryRun(this, ctx).DeployAsync());

    /// <summary>Switches <see cref="Env"/> back to <see cref="To"/> or the previously live version.</summary>
    Target Rollback => _ => _
        .Description("Switch --env back to --to <version>, or to the version live before the current one; recorded")
        .Requires(() => Env)
        .Executes(ctx => new DeliveryRun(this, ctx).RollbackAsync());

    /// <summary>Approves <see cref="ApproveVersion"/> for <see cref="Env"/>.</summary>
    Target Approve => _ => _
        .Description("Approve --approve-version (default: this version) for --env; recorded (automation :approve)")
        .Requires(() => Env)
        .Executes(ctx => new DeliveryRun(this, ctx).ApproveAsync());

    /// <summary>Records in the ledger that this version passed (or failed) <see cref="Stage"/>.</summary>
    Target RecordStage => _ => _
        .Description("Record in the delivery ledger that this version passed --stage (--stage-failed: failed it)")
        .Requires(() => Stage)
        .Executes(ctx => new DeliveryRun(this, ctx).RecordStageAsync());
}
