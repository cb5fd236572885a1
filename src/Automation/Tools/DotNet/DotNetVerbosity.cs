using System.ComponentModel;

namespace Automation;

/// <summary>How much a <c>dotnet</c> command writes (<c>--verbosity</c>).</summary>
public enum DotNetVerbosity
{
    /// <summary><c>quiet</c>: errors only.</summary>
    Quiet,

    /// <summary><c>minimal</c>: errors, warnings and a short summary.</summary>
    Minimal,

    /// <summary><c>normal</c>.</summary>
    Normal,

    /// <summary><c>detailed</c>.</summary>
    Detailed,

    /// <summary><c>diagnostic</c>: everything.</summary>
    Diagnostic,

    // NUKE 5 and older spelled the values in lower case (DotNetVerbosity.normal): the same values under those names,
    // hidden from completion and from the values help lists.

    /// <summary>NUKE 5's name of <see cref="Quiet"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    quiet = Quiet,

    /// <summary>NUKE 5's name of <see cref="Minimal"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    minimal = Minimal,

    /// <summary>NUKE 5's name of <see cref="Normal"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    normal = Normal,

    /// <summary>NUKE 5's name of <see cref="Detailed"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    detailed = Detailed,

    /// <summary>NUKE 5's name of <see cref="Diagnostic"/>.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    diagnostic = Diagnostic,
}
