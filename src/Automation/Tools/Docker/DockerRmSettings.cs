using Automation.Tools;

namespace Automation;

/// <summary>Settings of <c>docker rm</c> (NUKE's <c>DockerRmSettings</c>): removes containers.</summary>
public sealed record DockerRmSettings : DockerSettings
{
    /// <summary>The containers (names or ids). At least one is required.</summary>
    public IReadOnlyList<string> Containers { get; init; } = [];

    /// <summary>Remove running containers too (they are killed): <c>--force</c>.</summary>
    public bool Force { get; init; }

    /// <summary>Remove the named link, not the container: <c>--link</c>.</summary>
    public bool Link { get; init; }

    /// <summary>Remove the containers' anonymous volumes: <c>--volumes</c>.</summary>
    public bool Volumes { get; init; }

    private protected override IReadOnlyList<string> CommandWords => ["rm"];

    private protected override void AddCommandArguments(ToolArguments arguments)
    {
        if (Containers.Count == 0)
        {
            throw new InvalidOperationException($"{nameof(DockerRmSettings)}.{nameof(Containers)} is required: the containers to remove (SetContainers(name)).");
        }

        arguments.Flag("--force", Force).Flag("--link", Link).Flag("--volumes", Volumes).Add([.. Containers]);
    }
}
