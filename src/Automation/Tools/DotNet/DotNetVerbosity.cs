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
}
