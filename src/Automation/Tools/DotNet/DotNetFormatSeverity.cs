namespace Automation;

/// <summary>The lowest diagnostic severity <c>dotnet format</c> fixes (<c>--severity</c>).</summary>
public enum DotNetFormatSeverity
{
    /// <summary><c>info</c>: everything from suggestions up.</summary>
    Info,

    /// <summary><c>warn</c>: warnings and errors (the tool's default).</summary>
    Warn,

    /// <summary><c>error</c>: errors only.</summary>
    Error,
}
