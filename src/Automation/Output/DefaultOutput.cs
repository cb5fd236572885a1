namespace Automation;

/// <summary>
/// The parts of the build's own output that <see cref="DisableDefaultOutputAttribute"/> can switch off on the console
/// (NUKE's <c>DefaultOutput</c>). build.log keeps all of them.
/// </summary>
public enum DefaultOutput
{
    /// <summary>NUKE's logo; the engine writes none, so there is nothing to switch off.</summary>
    Logo,

    /// <summary>The header (a group on CI systems) each target's output starts with, and its end.</summary>
    TargetHeader,

    /// <summary>NUKE's collapsible target groups; the same switch as <see cref="TargetHeader"/>.</summary>
    TargetCollapse,

    /// <summary>NUKE's repetition of the warnings and errors at the end; the engine writes them once, where they happen, so there is nothing to switch off.</summary>
    ErrorsAndWarnings,

    /// <summary>The summary table of the targets (status, duration, notes).</summary>
    TargetOutcome,

    /// <summary>The closing line (<c>Build succeeded in 1.2 s</c>) and the <c>Tests:</c> line.</summary>
    BuildOutcome,

    /// <summary>Timestamps before each line; the engine's console output has none, so there is nothing to switch off.</summary>
    Timestamps,
}
