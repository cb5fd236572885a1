using Automation.Tools;

namespace Automation;

/// <summary>
/// Settings of <c>docker ps</c> (NUKE's <c>DockerPsSettings</c>): lists containers —
/// <c>DockerPs(s =&gt; s.SetFilter("name=db").SetQuiet(true))</c> returns one line per container id.
/// </summary>
public sealed record DockerPsSettings : DockerSettings
{
    /// <summary>Stopped containers too: <c>--all</c>.</summary>
    public bool All { get; init; }

    /// <summary>Only containers matching the condition (<c>name=db</c>, <c>status=running</c>): <c>--filter</c>.</summary>
    public string? Filter { get; init; }

    /// <summary>The output's Go template or <c>json</c>: <c>--format</c>.</summary>
    public string? Format { get; init; }

    /// <summary>Only the last n created containers: <c>--last</c>.</summary>
    public int? Last { get; init; }

    /// <summary>Only the latest created container: <c>--latest</c>.</summary>
    public bool Latest { get; init; }

    /// <summary>Do not shorten ids and commands: <c>--no-trunc</c>.</summary>
    public bool NoTrunc { get; init; }

    /// <summary>Only the ids: <c>--quiet</c>.</summary>
    public bool Quiet { get; init; }

    /// <summary>Show the containers' sizes: <c>--size</c>.</summary>
    public bool Size { get; init; }

    private protected override IReadOnlyList<string> CommandWords => ["ps"];

    private protected override void AddCommandArguments(ToolArguments arguments) => arguments
        .Flag("--all", All)
        .Option("--filter", Filter)
        .Option("--format", Format)
        .Option("--last", Last)
        .Flag("--latest", Latest)
        .Flag("--no-trunc", NoTrunc)
        .Flag("--quiet", Quiet)
        .Flag("--size", Size);
}
