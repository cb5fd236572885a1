namespace Automation.Parameters;

/// <summary>A parameter value as text, before conversion, with where it came from (for messages) and the
/// directory a relative path in it is relative to.</summary>
/// <param name="Values">The value's words (several for an array).</param>
/// <param name="Source">Where it came from: <c>--name</c>, <c>environment variable NAME</c> or a file.</param>
/// <param name="BaseDirectory">Where a relative path in it starts.</param>
/// <param name="Line">The line of the value's key, when <paramref name="Source"/> is a file.</param>
internal sealed record RawValue(IReadOnlyList<string> Values, string Source, string BaseDirectory, int? Line = null)
{
    /// <summary>Where the value came from, as <c>automation :config</c> shows it: <c>file:line</c> for a file.</summary>
    public string Origin => Line is { } line ? $"{Source}:{line.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : Source;
}
