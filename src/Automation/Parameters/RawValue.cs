namespace Automation.Parameters;

/// <summary>A parameter value as text, before conversion, with where it came from (for messages) and the
/// directory a relative path in it is relative to.</summary>
internal sealed record RawValue(IReadOnlyList<string> Values, string Source, string BaseDirectory);
