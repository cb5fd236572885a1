using Automation.Tools;

namespace Automation;

/// <summary><c>docfx serve</c>: serves a built site on a local port.</summary>
public sealed record DocFXServeSettings : ToolSettings
{
    /// <summary>The folder of the built site.</summary>
    public string? Folder { get; init; }

    /// <summary>The port: <c>--port</c>.</summary>
    public int? Port { get; init; }

    /// <summary>The host name: <c>--hostname</c>.</summary>
    public string? Host { get; init; }

    private protected override void AddArguments(ToolArguments arguments) =>
        arguments.Add("serve", Folder).Option("--port", Port).Option("--hostname", Host);
}
