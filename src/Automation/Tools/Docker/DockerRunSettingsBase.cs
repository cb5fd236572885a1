using Automation.Tools;

namespace Automation;

/// <summary>
/// The options of <c>docker run</c> that <see cref="DockerRunSettings"/> (<c>DockerTasks.DockerRun</c>) and
/// <see cref="DockerRunTargetSettings"/> (a target's <c>.DockerRun(…)</c>) share, with their fluent forms
/// (<c>SetImage</c>, <c>SetPlatform</c>, <c>AddEnv</c>, <c>AddVolume</c>, …).
/// </summary>
public abstract record DockerRunSettingsBase : DockerSettings
{
    // Only this assembly derives: the two kinds of docker run.
    private protected DockerRunSettingsBase()
    {
    }

    /// <summary>The image (<c>postgres:17</c>). Required.</summary>
    public string? Image { get; init; }

    /// <summary>The command to run in the container instead of the image's.</summary>
    public string? Command { get; init; }

    /// <summary>Arguments of <see cref="Command"/> (or of the image's entry point).</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>The container's name: <c>--name</c>.</summary>
    public string? Name { get; init; }

    /// <summary>Run in the background and print the container's id: <c>--detach</c>.</summary>
    public bool Detach { get; init; }

    /// <summary>Remove the container when it exits: <c>--rm</c>.</summary>
    public bool Rm { get; init; }

    /// <summary>Ports to publish (<c>8080:80</c>): <c>--publish</c>, once each.</summary>
    public IReadOnlyList<string> Publish { get; init; } = [];

    /// <summary>Publish every exposed port: <c>--publish-all</c>.</summary>
    public bool PublishAll { get; init; }

    /// <summary>Environment variables (<c>NAME=value</c>): <c>--env</c>, once each.</summary>
    public IReadOnlyList<string> Env { get; init; } = [];

    /// <summary>Files of environment variables: <c>--env-file</c>, once each.</summary>
    public IReadOnlyList<string> EnvFile { get; init; } = [];

    /// <summary>Volumes to mount (<c>data:/var/lib/postgresql/data</c>): <c>--volume</c>, once each.</summary>
    public IReadOnlyList<string> Volume { get; init; } = [];

    /// <summary>A mount (<c>type=bind,source=…,target=…</c>): <c>--mount</c>.</summary>
    public string? Mount { get; init; }

    /// <summary>Labels (<c>key=value</c>): <c>--label</c>, once each.</summary>
    public IReadOnlyList<string> Label { get; init; } = [];

    /// <summary>Extra host names (<c>host:ip</c>): <c>--add-host</c>, once each.</summary>
    public IReadOnlyList<string> AddHost { get; init; } = [];

    /// <summary>The network to connect to: <c>--network</c>.</summary>
    public string? Network { get; init; }

    /// <summary>Aliases on that network: <c>--network-alias</c>, once each.</summary>
    public IReadOnlyList<string> NetworkAlias { get; init; } = [];

    /// <summary>The working directory inside the container: <c>--workdir</c>.</summary>
    public string? Workdir { get; init; }

    /// <summary>The entry point instead of the image's: <c>--entrypoint</c>.</summary>
    public string? Entrypoint { get; init; }

    /// <summary>The user (<c>name</c>, <c>uid:gid</c>): <c>--user</c>.</summary>
    public string? User { get; init; }

    /// <summary>The host name inside the container: <c>--hostname</c>.</summary>
    public string? Hostname { get; init; }

    /// <summary>Keep standard input open: <c>--interactive</c>.</summary>
    public bool Interactive { get; init; }

    /// <summary>Allocate a terminal: <c>--tty</c>.</summary>
    public bool Tty { get; init; }

    /// <summary>Run an init process in the container: <c>--init</c>.</summary>
    public bool Init { get; init; }

    /// <summary>Give the container extended privileges: <c>--privileged</c>.</summary>
    public bool Privileged { get; init; }

    /// <summary>Mount the root file system read-only: <c>--read-only</c>.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>The restart policy (<c>unless-stopped</c>): <c>--restart</c>.</summary>
    public string? Restart { get; init; }

    /// <summary>The platform (<c>linux/amd64</c>): <c>--platform</c>.</summary>
    public string? Platform { get; init; }

    /// <summary>When to pull the image (<c>always</c>, <c>missing</c>, <c>never</c>): <c>--pull</c>.</summary>
    public string? Pull { get; init; }

    /// <summary>The memory limit in bytes: <c>--memory</c>.</summary>
    public long? Memory { get; init; }

    /// <summary>The CPUs the container may use (<c>1.5</c>): <c>--cpus</c>.</summary>
    public decimal? Cpus { get; init; }

    /// <summary>The health check command: <c>--health-cmd</c>.</summary>
    public string? HealthCmd { get; init; }

    /// <summary>Time between health checks (<c>5s</c>): <c>--health-interval</c>.</summary>
    public string? HealthInterval { get; init; }

    /// <summary>Failed checks before the container is unhealthy: <c>--health-retries</c>.</summary>
    public int? HealthRetries { get; init; }

    /// <summary>How long one health check may take (<c>3s</c>): <c>--health-timeout</c>.</summary>
    public string? HealthTimeout { get; init; }

    /// <summary>Skip image verification: <c>--disable-content-trust</c>.</summary>
    public bool DisableContentTrust { get; init; }

    private protected override IReadOnlyList<string> CommandWords => ["run"];

    private protected override void AddCommandArguments(ToolArguments arguments) => arguments
        .Repeated("--add-host", AddHost)
        .Option("--cpus", Cpus)
        .Flag("--detach", Detach)
        .Flag("--disable-content-trust", DisableContentTrust)
        .Option("--entrypoint", Entrypoint)
        .Repeated("--env", Env)
        .Repeated("--env-file", EnvFile)
        .Option("--health-cmd", HealthCmd)
        .Option("--health-interval", HealthInterval)
        .Option("--health-retries", HealthRetries)
        .Option("--health-timeout", HealthTimeout)
        .Option("--hostname", Hostname)
        .Flag("--init", Init)
        .Flag("--interactive", Interactive)
        .Repeated("--label", Label)
        .Option("--memory", Memory)
        .Option("--mount", Mount)
        .Option("--name", Name)
        .Option("--network", Network)
        .Repeated("--network-alias", NetworkAlias)
        .Option("--platform", Platform)
        .Flag("--privileged", Privileged)
        .Repeated("--publish", Publish)
        .Flag("--publish-all", PublishAll)
        .Option("--pull", Pull)
        .Flag("--read-only", ReadOnly)
        .Option("--restart", Restart)
        .Flag("--rm", Rm)
        .Flag("--tty", Tty)
        .Option("--user", User)
        .Repeated("--volume", Volume)
        .Option("--workdir", Workdir)
        .Add(Required(Image, nameof(Image), "the image to run"))
        .Add(Command)
        .Add([.. Args]);
}
