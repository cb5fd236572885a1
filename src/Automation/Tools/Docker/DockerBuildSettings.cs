using Automation.Tools;

namespace Automation;

/// <summary>Settings of <c>docker build</c> (NUKE's <c>DockerBuildSettings</c>): <c>DockerBuild(s =&gt; s.SetPath(".").SetFile("Dockerfile").SetTag("app:1.0"))</c>.</summary>
public sealed record DockerBuildSettings : DockerSettings
{
    /// <summary>The build context: a folder, a URL or <c>-</c>. Required.</summary>
    public string? Path { get; init; }

    /// <summary>The Dockerfile (default: <c>Dockerfile</c> in <see cref="Path"/>): <c>--file</c>.</summary>
    public string? File { get; init; }

    /// <summary>Names of the image (<c>name:tag</c>): <c>--tag</c>, once per tag.</summary>
    public IReadOnlyList<string> Tag { get; init; } = [];

    /// <summary>Build-time variables (<c>NAME=value</c>): <c>--build-arg</c>, once each.</summary>
    public IReadOnlyList<string> BuildArg { get; init; } = [];

    /// <summary>Image labels (<c>key=value</c>): <c>--label</c>, once each.</summary>
    public IReadOnlyList<string> Label { get; init; } = [];

    /// <summary>Extra host-to-IP mappings (<c>host:ip</c>): <c>--add-host</c>, once each.</summary>
    public IReadOnlyList<string> AddHost { get; init; } = [];

    /// <summary>Images to take cache layers from: <c>--cache-from</c>, once each.</summary>
    public IReadOnlyList<string> CacheFrom { get; init; } = [];

    /// <summary>The build stage to stop at: <c>--target</c>.</summary>
    public string? Target { get; init; }

    /// <summary>The target platform (<c>linux/amd64</c>): <c>--platform</c>.</summary>
    public string? Platform { get; init; }

    /// <summary>The network for <c>RUN</c> instructions: <c>--network</c>.</summary>
    public string? Network { get; init; }

    /// <summary>Where to export the result instead of an image (<c>type=local,dest=out</c>): <c>--output</c>.</summary>
    public string? Output { get; init; }

    /// <summary>How progress shows (<c>auto</c>, <c>plain</c>, <c>tty</c>): <c>--progress</c>.</summary>
    public string? Progress { get; init; }

    /// <summary>A secret for the build (<c>id=name,src=file</c>): <c>--secret</c>.</summary>
    public string? Secret { get; init; }

    /// <summary>An SSH agent or keys for the build (<c>default</c>): <c>--ssh</c>.</summary>
    public string? Ssh { get; init; }

    /// <summary>The file to write the image's id to: <c>--iidfile</c>.</summary>
    public string? Iidfile { get; init; }

    /// <summary>Build without the layer cache: <c>--no-cache</c>.</summary>
    public bool NoCache { get; init; }

    /// <summary>Always pull newer base images: <c>--pull</c>.</summary>
    public bool Pull { get; init; }

    /// <summary>Print only the image id: <c>--quiet</c>.</summary>
    public bool Quiet { get; init; }

    /// <summary>Remove intermediate containers after a successful build: <c>--rm</c>.</summary>
    public bool Rm { get; init; }

    /// <summary>Always remove intermediate containers: <c>--force-rm</c>.</summary>
    public bool ForceRm { get; init; }

    private protected override IReadOnlyList<string> CommandWords => ["build"];

    private protected override void AddCommandArguments(ToolArguments arguments) => arguments
        .Option("--file", File)
        .Repeated("--tag", Tag)
        .Repeated("--build-arg", BuildArg)
        .Repeated("--label", Label)
        .Repeated("--add-host", AddHost)
        .Repeated("--cache-from", CacheFrom)
        .Option("--target", Target)
        .Option("--platform", Platform)
        .Option("--network", Network)
        .Option("--output", Output)
        .Option("--progress", Progress)
        .Option("--secret", Secret)
        .Option("--ssh", Ssh)
        .Option("--iidfile", Iidfile)
        .Flag("--no-cache", NoCache)
        .Flag("--pull", Pull)
        .Flag("--quiet", Quiet)
        .Flag("--rm", Rm)
        .Flag("--force-rm", ForceRm)
        .Add(Required(Path, nameof(Path), "the build context (a folder, a URL or -)"));
}
