namespace Automation;

/// <summary>Which part of <c>dotnet format</c> runs.</summary>
public enum DotNetFormatScope
{
    /// <summary>Whitespace, code style and analyzers: plain <c>dotnet format</c>.</summary>
    All,

    /// <summary><c>dotnet format whitespace</c>: indentation, spacing, line ends; the fastest.</summary>
    Whitespace,

    /// <summary><c>dotnet format style</c>: code-style analyzers (IDE rules).</summary>
    Style,

    /// <summary><c>dotnet format analyzers</c>: third-party analyzers.</summary>
    Analyzers,
}
