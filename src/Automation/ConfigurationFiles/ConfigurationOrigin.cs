namespace Automation;

/// <summary>Where a configuration value came from: a file (with the line of its key when known), an environment
/// variable, the command line, or code.</summary>
/// <param name="Source">The file as shown to users, <c>environment variable NAME</c>, <c>command line</c>, ...</param>
/// <param name="Line">The line of the value's key in <paramref name="Source"/>, for a file.</param>
public sealed record ConfigurationOrigin(string Source, int? Line = null)
{
    /// <summary><c>file:line</c>, like <c>git config --show-origin</c>; the source alone without a line.</summary>
    public override string ToString() => Line is { } line ? $"{Source}:{line.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : Source;
}
