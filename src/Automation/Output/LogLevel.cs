namespace Automation;

/// <summary>NUKE 5's <c>LogLevel</c>, for <see cref="Logger.Log(LogLevel, string)"/>.</summary>
public enum LogLevel
{
    /// <summary>Detail shown with <c>--verbosity verbose</c> (Serilog's Debug).</summary>
    Trace,

    /// <summary>Ordinary output (Serilog's Information).</summary>
    Normal,

    /// <summary>A warning (Serilog's Warning).</summary>
    Warning,

    /// <summary>An error (Serilog's Error); it does not fail the target by itself.</summary>
    Error,
}
