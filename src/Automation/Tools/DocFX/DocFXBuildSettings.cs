using Automation.Tools;

namespace Automation;

/// <summary><c>docfx build</c>: builds a documentation site from <c>docfx.json</c>.</summary>
public sealed record DocFXBuildSettings : ToolSettings
{
    /// <summary>The <c>docfx.json</c> to build; default: the one in the working directory.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Where the site is written: <c>--output</c>.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>How much docfx logs: <c>--logLevel</c>.</summary>
    public DocFXLogLevel? LogLevel { get; init; }

    /// <summary>A log file: <c>--log</c>.</summary>
    public string? LogFile { get; init; }

    /// <summary>Warnings fail the build: <c>--warningsAsErrors</c>.</summary>
    public bool? WarningsAsErrors { get; init; }

    /// <summary>Rebuild everything: <c>--force</c>.</summary>
    public bool? ForceRebuild { get; init; }

    /// <summary>Serve the site after building: <c>--serve</c>.</summary>
    public bool? Serve { get; init; }

    /// <summary>The templates: <c>--template</c>, comma-separated.</summary>
    public IReadOnlyList<string> Templates { get; init; } = [];

    private protected override void AddArguments(ToolArguments arguments) =>
        arguments.Add("build", ConfigFile).Option("--output", OutputFolder).Option("--logLevel", LogLevel?.ToString()).Option("--log", LogFile)
            .Flag("--warningsAsErrors", WarningsAsErrors).Flag("--force", ForceRebuild).Flag("--serve", Serve)
            .Option("--template", Templates.Count == 0 ? null : string.Join(',', Templates));
}
