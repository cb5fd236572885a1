namespace Automation.Components;

/// <summary>
/// An environment a build deploys to (<c>development</c>, <c>staging</c>, <c>production</c>), declared in the build
/// through <see cref="IDeliver.Environments"/>: its hosts, its configuration, the stage a version must have passed
/// before it may come here, who may deploy and approve, how to check its health and how many versions to keep.
/// </summary>
public sealed record DeliveryEnvironment
{
    /// <summary>The environment's name, as <c>--env</c> gives it and as its configuration layers are named.</summary>
    public required string Name { get; init; }

    /// <summary>
    /// Where it runs: local directories (absolute, or relative to the repository root) or <c>ssh://user@host:port/path</c>.
    /// Empty: the local directory <c>.nuke/temp/environments/&lt;name&gt;</c>, which needs nothing.
    /// </summary>
    public IReadOnlyList<string> Hosts { get; init; } = [];

    /// <summary>
    /// The stage a version must have passed before it may be deployed here: another environment's name (a healthy
    /// deploy there) or a build stage recorded with <c>record-stage</c> (<c>integration-test</c>). Null: no gate.
    /// </summary>
    public string? RequiredStage { get; init; }

    /// <summary>Whether a version needs an approval (<c>automation :approve &lt;version&gt; --env &lt;name&gt;</c>) first.</summary>
    public bool RequiresApproval { get; init; }

    /// <summary>Who may deploy here (CI actor or git e-mail/name, compared ignoring case). Empty: anyone.</summary>
    public IReadOnlyList<string> Deployers { get; init; } = [];

    /// <summary>Who may approve versions for this environment. Empty: anyone who may deploy.</summary>
    public IReadOnlyList<string> Approvers { get; init; } = [];

    /// <summary>How many versions to keep on each host (the live one always stays).</summary>
    public int KeepVersions { get; init; } = 5;

    /// <summary>
    /// The health check after the switch: an <c>http(s)://</c> URL that must answer with a success status, or a shell
    /// command run on the host in the new version's folder that must exit 0. Null: none.
    /// </summary>
    public string? HealthCheck { get; init; }

    /// <summary>How long the health check may take to pass, retries included.</summary>
    public TimeSpan HealthTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Settings of the last layers: they override every file layer (values may use <c>${SecretName}</c>).</summary>
    public IReadOnlyDictionary<string, string> Overrides { get; init; } = new Dictionary<string, string>();

    /// <summary>Per-host settings, by host as written in <see cref="Hosts"/>; they override everything else for that host.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> HostSettings { get; init; } = new Dictionary<string, IReadOnlyDictionary<string, string>>();
}
