using System.Diagnostics.CodeAnalysis;

namespace Automation;

/// <summary>The severity of an InspectCode issue (NUKE's <c>ReSharperSeverity</c>), as the report writes it.</summary>
[SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "NUKE's names, as InspectCode writes the severities.")]
[SuppressMessage("Naming", "CA1707:Identifiers should not contain underscores", Justification = "As above.")]
public enum ReSharperSeverity
{
    /// <summary>Information.</summary>
    INFO,

    /// <summary>A hint.</summary>
    HINT,

    /// <summary>A suggestion.</summary>
    SUGGESTION,

    /// <summary>A warning.</summary>
    WARNING,

    /// <summary>An error.</summary>
    ERROR,
}
