using Automation.Tools;

namespace Automation;

/// <summary>
/// <c>docfx init</c>: writes a starting <c>docfx.json</c> and site. NUKE's settings were docfx 2.5x's options; today's
/// docfx (2.61 and later) asks its questions unless told <c>--yes</c>, and takes only the output folder besides. The
/// NUKE names that still mean something are kept: <see cref="OutputFolder"/> and <see cref="Quiet"/> (no questions,
/// the defaults). NUKE's other init settings (<c>ApiGlobPattern</c>, <c>ApiSourceFolder</c>, <c>OnlyConfigFile</c>,
/// <c>Overwrite</c>) have no option in docfx any more: edit the written <c>docfx.json</c> instead.
/// </summary>
public sealed record DocFXInitSettings : ToolSettings
{
    /// <summary>Where the files are written: <c>--output</c>; default: the working directory.</summary>
    public string? OutputFolder { get; init; }

    /// <summary>Answer docfx's questions with their defaults (NUKE's <c>--quiet</c>): <c>--yes</c>. Without it docfx asks on the terminal.</summary>
    public bool? Quiet { get; init; }

    private protected override void AddArguments(ToolArguments arguments) =>
        arguments.Add("init").Flag("--yes", Quiet).Option("--output", OutputFolder);
}
