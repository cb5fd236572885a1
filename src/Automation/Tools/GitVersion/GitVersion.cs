using System.Globalization;
using Automation.Versioning;

namespace Automation;

/// <summary>
/// The version of the repository with GitVersion's variable names, as NUKE's <c>GitVersion</c> object has them,
/// computed by this project's GitVersion-compatible engine (the same numbers as <c>automation :version --json</c>).
/// Filled by <c>[GitVersion] readonly GitVersion GitVersion;</c>. The calculation runs on first use of a property
/// (or at once when the CI build number is to be set), so a build whose targets never read the version never pays
/// for it. The legacy GitVersion 5 formats (<see cref="LegacySemVer"/>, <see cref="NuGetVersionV2"/>, the padded
/// variants) are derived as GitVersion 5 did: the pre-release label and number without a dot, the number padded to 4.
/// </summary>
public sealed class GitVersion
{
    private readonly Lazy<VersionVariables> _variables;

    /// <summary>A version computed on first use.</summary>
    /// <param name="calculate">Computes the variables.</param>
    public GitVersion(Func<VersionVariables> calculate)
    {
        ArgumentNullException.ThrowIfNull(calculate);
        _variables = new Lazy<VersionVariables>(calculate, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>A version from computed variables.</summary>
    /// <param name="variables">The variables.</param>
    public GitVersion(VersionVariables variables)
        : this(() => variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
    }

    /// <summary>The variables of our versioning engine.</summary>
    public VersionVariables Variables => _variables.Value;

    private VersionVariables V => _variables.Value;

    /// <summary>Major version.</summary>
    public int Major => V.Major;

    /// <summary>Minor version.</summary>
    public int Minor => V.Minor;

    /// <summary>Patch version.</summary>
    public int Patch => V.Patch;

    /// <summary><c>alpha.4</c>, or empty.</summary>
    public string PreReleaseTag => V.PreReleaseTag;

    /// <summary><c>-alpha.4</c>, or empty.</summary>
    public string PreReleaseTagWithDash => V.PreReleaseTagWithDash;

    /// <summary><c>alpha</c>, or empty.</summary>
    public string PreReleaseLabel => V.PreReleaseLabel;

    /// <summary><c>-alpha</c>, or empty.</summary>
    public string PreReleaseLabelWithDash => V.PreReleaseLabelWithDash;

    /// <summary>The pre-release number, or null.</summary>
    public int? PreReleaseNumber => V.PreReleaseNumber;

    /// <summary>The pre-release number plus the branch's weight.</summary>
    public int WeightedPreReleaseNumber => V.WeightedPreReleaseNumber;

    /// <summary>Commits since the version source as build metadata, or null.</summary>
    public int? BuildMetaData => V.BuildMetaData;

    /// <summary><see cref="BuildMetaData"/> padded to four digits (GitVersion 5; empty without metadata).</summary>
    public string BuildMetaDataPadded => V.BuildMetaData is { } metadata ? Pad(metadata) : string.Empty;

    /// <summary><c>5.Branch.main.Sha.abc...</c>.</summary>
    public string FullBuildMetaData => V.FullBuildMetaData;

    /// <summary><c>1.2.3</c>.</summary>
    public string MajorMinorPatch => V.MajorMinorPatch;

    /// <summary><c>1.2.3-alpha.4</c>.</summary>
    public string SemVer => V.SemVer;

    /// <summary><c>1.2.3-alpha4</c>: the pre-release without dots (GitVersion 5).</summary>
    public string LegacySemVer => Legacy(padded: false);

    /// <summary><c>1.2.3-alpha0004</c> (GitVersion 5).</summary>
    public string LegacySemVerPadded => Legacy(padded: true);

    /// <summary>The assembly version per the configured scheme (<c>1.2.0.0</c>).</summary>
    public string AssemblySemVer => V.AssemblySemVer;

    /// <summary>The assembly file version per the configured scheme (<c>1.2.3.0</c>).</summary>
    public string AssemblySemFileVer => V.AssemblySemFileVer;

    /// <summary><c>1.2.3-alpha.4+5</c>.</summary>
    public string FullSemVer => V.FullSemVer;

    /// <summary><c>1.2.3-alpha.4+5.Branch.main.Sha.abc...</c>.</summary>
    public string InformationalVersion => V.InformationalVersion;

    /// <summary>The branch name.</summary>
    public string BranchName => V.BranchName;

    /// <summary>The branch name with unsafe characters replaced by <c>-</c>.</summary>
    public string EscapedBranchName => V.EscapedBranchName;

    /// <summary>The full sha of the commit.</summary>
    public string Sha => V.Sha;

    /// <summary>The first 7 characters of the sha.</summary>
    public string ShortSha => V.ShortSha;

    /// <summary>The NuGet v2 version: <see cref="LegacySemVerPadded"/> (GitVersion 5).</summary>
    public string NuGetVersionV2 => Legacy(padded: true);

    /// <summary>The NuGet version: <see cref="NuGetVersionV2"/> (GitVersion 5).</summary>
    public string NuGetVersion => Legacy(padded: true);

    /// <summary>The pre-release part of <see cref="NuGetVersionV2"/> (GitVersion 5).</summary>
    public string NuGetPreReleaseTagV2 => LegacyTag(padded: true);

    /// <summary>The pre-release part of <see cref="NuGetVersion"/> (GitVersion 5).</summary>
    public string NuGetPreReleaseTag => LegacyTag(padded: true);

    /// <summary>The sha of the commit the version was derived from.</summary>
    public string VersionSourceSha => V.VersionSourceSha;

    /// <summary>Commits since the version source.</summary>
    public int CommitsSinceVersionSource => V.CommitsSinceVersionSource;

    /// <summary><see cref="CommitsSinceVersionSource"/> padded to four digits (GitVersion 5).</summary>
    public string CommitsSinceVersionSourcePadded => Pad(V.CommitsSinceVersionSource);

    /// <summary>Uncommitted changes in the work tree.</summary>
    public int UncommittedChanges => V.UncommittedChanges;

    /// <summary>The commit date, <c>yyyy-MM-dd</c>.</summary>
    public string CommitDate => V.CommitDate;

    /// <inheritdoc />
    public override string ToString() => FullSemVer;

    private static string Pad(int number) => number.ToString("D4", CultureInfo.InvariantCulture);

    private string LegacyTag(bool padded)
    {
        if (V.PreReleaseLabel.Length == 0 && V.PreReleaseNumber is null)
        {
            return string.Empty;
        }

        var label = new string(V.PreReleaseLabel.Where(char.IsAsciiLetterOrDigit).ToArray());
        var number = V.PreReleaseNumber is { } n ? (padded ? Pad(n) : n.ToString(CultureInfo.InvariantCulture)) : string.Empty;
        return label + number;
    }

    private string Legacy(bool padded) => LegacyTag(padded) is { Length: > 0 } tag ? $"{V.MajorMinorPatch}-{tag}" : V.MajorMinorPatch;
}
