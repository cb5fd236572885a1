namespace Automation.Tools.DotNet;

/// <summary>Escapes a property value for an MSBuild <c>-p:Name=Value</c> switch so it arrives literally.</summary>
internal static class MSBuildEscaping
{
    /// <summary>
    /// Escapes <c>%</c> first (so existing text is not read as an escape), then the characters MSBuild's command line
    /// splits on (<c>;</c> and <c>,</c>) and the double quote it strips.
    /// </summary>
    public static string Escape(string value) =>
        value
            .Replace("%", "%25", StringComparison.Ordinal)
            .Replace(";", "%3B", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal)
            .Replace("\"", "%22", StringComparison.Ordinal);
}
