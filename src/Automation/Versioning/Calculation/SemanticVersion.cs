using System.Globalization;

namespace Automation.Versioning.Calculation;

/// <summary>Major.Minor.Patch with an optional pre-release tag: GitVersion's semantic version without build metadata.</summary>
internal sealed record SemanticVersion(long Major, long Minor, long Patch, PreReleaseTag PreReleaseTag)
{
    /// <summary>0.0.0.</summary>
    public static readonly SemanticVersion Zero = new(0, 0, 0, PreReleaseTag.Empty);

    /// <summary>Whether the version carries a pre-release tag.</summary>
    public bool IsPreRelease => PreReleaseTag.HasTag;

    /// <summary><c>1.2.3</c>.</summary>
    public string MajorMinorPatch => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");

    /// <summary>
    /// Whether this version may be used on a branch whose label is <paramref name="label"/>: a stable version always,
    /// any version when the label is null, otherwise only versions labelled with it.
    /// </summary>
    public bool MatchesLabel(string? label) =>
        (PreReleaseTag.Name.Length == 0 && PreReleaseTag.Number is null) || label is null || IsLabeledWith(label);

    /// <summary>Whether the version has a pre-release tag whose label is <paramref name="label"/> (case-insensitive).</summary>
    public bool IsLabeledWith(string label) => PreReleaseTag.HasTag && string.Equals(PreReleaseTag.Name, label, StringComparison.OrdinalIgnoreCase);

    /// <summary>Compares by Major, Minor, Patch and optionally the pre-release tag.</summary>
    public int CompareTo(SemanticVersion other, bool includePreRelease = true)
    {
        var result = Major.CompareTo(other.Major);
        if (result == 0)
        {
            result = Minor.CompareTo(other.Minor);
        }

        if (result == 0)
        {
            result = Patch.CompareTo(other.Patch);
        }

        if (result == 0 && includePreRelease && !PreReleaseTag.SameAs(other.PreReleaseTag))
        {
            result = PreReleaseTag.CompareTo(other.PreReleaseTag);
        }

        return result;
    }

    /// <summary>Whether the versions are equal, pre-release tag included.</summary>
    public bool SameAs(SemanticVersion other) => CompareTo(other) == 0 && PreReleaseTag.SameAs(other.PreReleaseTag);

    /// <summary>
    /// GitVersion's increment: bumps <paramref name="field"/> (or only the pre-release number when the version is a
    /// pre-release and <paramref name="force"/> is not set), raises the result to any higher alternative version, and
    /// applies <paramref name="label"/>, restarting the pre-release number at 1 when the label changes.
    /// </summary>
    public SemanticVersion Increment(VersionField field, string? label, bool force = false, params SemanticVersion?[] alternatives)
    {
        long major = Major, minor = Minor, patch = Patch;
        var number = PreReleaseTag.Number;
        var hasTag = PreReleaseTag.HasTag;
        var bumpNumberOnly = hasTag && !force;
        switch (field)
        {
            case VersionField.None:
                number++;
                break;
            case VersionField.Patch when bumpNumberOnly:
            case VersionField.Minor when bumpNumberOnly:
            case VersionField.Major when bumpNumberOnly:
                number++;
                break;
            case VersionField.Patch:
                patch++;
                number = number.HasValue ? 1 : null;
                break;
            case VersionField.Minor:
                minor++;
                patch = 0;
                number = number.HasValue ? 1 : null;
                break;
            case VersionField.Major:
                major++;
                minor = 0;
                patch = 0;
                number = number.HasValue ? 1 : null;
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(field));
        }

        var core = new SemanticVersion(major, minor, patch, PreReleaseTag.Empty);
        var raised = false;
        foreach (var alternative in alternatives)
        {
            if (alternative is not null && core.CompareTo(alternative, includePreRelease: false) < 0)
            {
                core = alternative;
                raised = true;
            }
        }

        if (raised && field == VersionField.None)
        {
            number = 1;
        }

        string name;
        if (hasTag)
        {
            name = PreReleaseTag.Name;
        }
        else
        {
            number = 1;
            name = string.Empty;
        }

        if (label is not null && !string.Equals(name, label, StringComparison.Ordinal))
        {
            number = 1;
            name = label;
        }

        return new SemanticVersion(core.Major, core.Minor, core.Patch, new PreReleaseTag(name, number, true));
    }

    /// <summary>The same version with the pre-release number replaced.</summary>
    public SemanticVersion WithPreReleaseNumber(long? number) => this with { PreReleaseTag = PreReleaseTag with { Number = number } };

    /// <summary><c>1.2.3</c> or <c>1.2.3-beta.4</c>.</summary>
    public override string ToString() => PreReleaseTag.HasTag ? $"{MajorMinorPatch}-{PreReleaseTag}" : MajorMinorPatch;
}
