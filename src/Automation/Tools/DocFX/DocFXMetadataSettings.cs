using Automation.Tools;

namespace Automation;

/// <summary><c>docfx metadata</c>: extracts API metadata from projects.</summary>
public sealed record DocFXMetadataSettings : ToolSettings
{
    /// <summary>The <c>docfx.json</c> (or projects) to read; default: the one in the working directory.</summary>
    public IReadOnlyList<string> Projects { get; init; } = [];

    /// <summary>Where the metadata is written: <c>--output</c>.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>Extract everything again: <c>--force</c>.</summary>
    public bool? ForceRebuild { get; init; }

    /// <summary>How much docfx logs: <c>--logLevel</c>.</summary>
    public DocFXLogLevel? LogLevel { get; init; }

    private protected override void AddArguments(ToolArguments arguments) =>
        arguments.Add(["metadata", .. Projects]).Option("--output", OutputFolder).Flag("--force", ForceRebuild).Option("--logLevel", LogLevel?.ToString());
}
