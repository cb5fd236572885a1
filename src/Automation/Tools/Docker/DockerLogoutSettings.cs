using Automation.Tools;

namespace Automation;

/// <summary>Settings of <c>docker logout</c> (NUKE's <c>DockerLogoutSettings</c>): forgets a registry's credentials.</summary>
public sealed record DockerLogoutSettings : DockerSettings
{
    /// <summary>The registry (default: Docker Hub).</summary>
    public string? Server { get; init; }

    private protected override IReadOnlyList<string> CommandWords => ["logout"];

    private protected override void AddCommandArguments(ToolArguments arguments) => arguments.Add(Server);
}
