using System.Globalization;
using System.Text.RegularExpressions;

namespace Automation.Versioning.Calculation;

/// <summary>
/// A pre-release tag such as <c>beta.4</c>: a label and an optional number. A tag with an empty label still counts
/// as a tag when <see cref="Promoted"/> is set (GitVersion's <c>1.0.1-4</c> on main).
/// </summary>
internal sealed record PreReleaseTag(string Name, long? Number, bool Promoted)
{
    private static readonly Regex Parser = new(@"^(?<name>.*?)\.?(?<number>\d+)?$", RegexOptions.CultureInvariant);

    /// <summary>No pre-release tag.</summary>
    public static readonly PreReleaseTag Empty = new(string.Empty, null, false);

    /// <summary>Whether the tag has a label, or a number that is shown.</summary>
    public bool HasTag => Name.Length > 0 || (Number.HasValue && Promoted);

    /// <summary>Parses <c>beta.4</c>, <c>beta4</c>, <c>4</c>.</summary>
    public static PreReleaseTag Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Empty;
        }

        var match = Parser.Match(text);
        var name = match.Groups["name"].Value;
        long? number = match.Groups["number"].Success && long.TryParse(match.Groups["number"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        return name.EndsWith('-') ? new PreReleaseTag(text, null, true) : new PreReleaseTag(name, number, true);
    }

    /// <summary>Orders tags: no tag is higher than any tag; then by label (case-insensitive), then number.</summary>
    public int CompareTo(PreReleaseTag other)
    {
        if (!HasTag && other.HasTag)
        {
            return 1;
        }

        if (HasTag && !other.HasTag)
        {
            return -1;
        }

        var byName = string.Compare(Name, other.Name, StringComparison.OrdinalIgnoreCase);
        return byName != 0 ? byName : Nullable.Compare(Number, other.Number);
    }

    /// <summary>Whether two tags have the same label and number.</summary>
    public bool SameAs(PreReleaseTag other) => string.Equals(Name, other.Name, StringComparison.Ordinal) && Number == other.Number;

    /// <inheritdoc />
    public override string ToString() =>
        Number.HasValue
            ? (Name.Length == 0 ? Number.Value.ToString(CultureInfo.InvariantCulture) : $"{Name}.{Number.Value.ToString(CultureInfo.InvariantCulture)}")
            : Name;
}
