using System.Diagnostics.CodeAnalysis;

namespace Automation;

/// <summary>How much ReSharper's tools log (NUKE's <c>ReSharperVerbosity</c>).</summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "NUKE's names, as the tools take them.")]
public enum ReSharperVerbosity
{
    /// <summary>Nothing.</summary>
    OFF,

    /// <summary>Fatal errors.</summary>
    FATAL,

    /// <summary>Errors.</summary>
    ERROR,

    /// <summary>Warnings.</summary>
    WARN,

    /// <summary>Information (the default).</summary>
    INFO,

    /// <summary>More.</summary>
    VERBOSE,

    /// <summary>Everything.</summary>
    TRACE,
}
