namespace Automation.Output;

/// <summary>The roles text can have; each host decides how (and whether) to colour them.</summary>
internal enum Style
{
    Heading,
    Dim,
    Success,
    Warning,
    Error,
    Skipped,
}
