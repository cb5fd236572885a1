namespace Automation.Versioning;

/// <summary>
/// The computed version, with GitVersion's variable names and formats (GitVersion 6.8), so scripts written for
/// GitVersion's <c>/output json</c> keep working.
/// </summary>
public sealed record VersionVariables
{
    /// <summary>Major version.</summary>
    public required int Major { get; init; }

    /// <summary>Minor version.</summary>
    public required int Minor { get; init; }

    /// <summary>Patch version.</summary>
    public required int Patch { get; init; }

    /// <summary><c>1.2.3</c>.</summary>
    public required string MajorMinorPatch { get; init; }

    /// <summary><c>alpha.4</c>, or empty.</summary>
    public required string PreReleaseTag { get; init; }

    /// <summary><c>-alpha.4</c>, or empty.</summary>
    public required string PreReleaseTagWithDash { get; init; }

    /// <summary><c>alpha</c>, or empty.</summary>
    public required string PreReleaseLabel { get; init; }

    /// <summary><c>-alpha</c>, or empty.</summary>
    public required string PreReleaseLabelWithDash { get; init; }

    /// <summary>The pre-release number, or null.</summary>
    public required int? PreReleaseNumber { get; init; }

    /// <summary>The pre-release number plus the branch's pre-release weight.</summary>
    public required int WeightedPreReleaseNumber { get; init; }

    /// <summary>Commits since the version source, as build metadata, or null.</summary>
    public required int? BuildMetaData { get; init; }

    /// <summary><c>5.Branch.main.Sha.abc...</c>.</summary>
    public required string FullBuildMetaData { get; init; }

    /// <summary><c>1.2.3-alpha.4</c>.</summary>
    public required string SemVer { get; init; }

    /// <summary><c>1.2.3-alpha.4+5</c>.</summary>
    public required string FullSemVer { get; init; }

    /// <summary><c>1.2.3-alpha.4+5.Branch.main.Sha.abc...</c>.</summary>
    public required string InformationalVersion { get; init; }

    /// <summary>The assembly version per the configured scheme (default <c>1.2.0.0</c>).</summary>
    public required string AssemblySemVer { get; init; }

    /// <summary>The assembly file version per the configured scheme (default <c>1.2.3.0</c>).</summary>
    public required string AssemblySemFileVer { get; init; }

    /// <summary>The branch name, without <c>refs/heads/</c>.</summary>
    public required string BranchName { get; init; }

    /// <summary>The branch name with characters unsafe in versions and paths replaced by <c>-</c>.</summary>
    public required string EscapedBranchName { get; init; }

    /// <summary>The full sha of the commit.</summary>
    public required string Sha { get; init; }

    /// <summary>The first 7 characters of the sha.</summary>
    public required string ShortSha { get; init; }

    /// <summary>The commit date, <c>yyyy-MM-dd</c>.</summary>
    public required string CommitDate { get; init; }

    /// <summary>The sha of the commit the version was derived from (a tag, a merge, the root).</summary>
    public required string VersionSourceSha { get; init; }

    /// <summary>Commits since the version source.</summary>
    public required int CommitsSinceVersionSource { get; init; }

    /// <summary>The distance to the version source (GitVersion 6.8).</summary>
    public required int VersionSourceDistance { get; init; }

    /// <summary>The version of the version source, before it was incremented (a tag's version, <c>next-version</c>, a
    /// release branch's version, <c>0.0.0</c> for the root) (GitVersion 6.8).</summary>
    public required string VersionSourceSemVer { get; init; }

    /// <summary>
    /// The increment GitVersion 6.8 reports for the version source: <c>None</c>, <c>Patch</c>, <c>Minor</c> or
    /// <c>Major</c>. GitVersion 6.8 reports the resolved version source, whose increment is already applied, so this is
    /// <c>None</c>.
    /// </summary>
    public required string VersionSourceIncrement { get; init; }

    /// <summary>Uncommitted changes in the work tree.</summary>
    public required int UncommittedChanges { get; init; }

    /// <summary>
    /// The variables as GitVersion's <c>/output json</c> prints them: one flat object, keys sorted ordinally, numbers as
    /// JSON numbers or null, every other value a string, indented with two spaces.
    /// </summary>
    public string ToJson() => Output.VersionJson.Write(this);

    /// <summary>
    /// The variables GitVersion printed with <c>/output json</c> (GitVersion 6's names; GitVersion 5's JSON reads too,
    /// its extra variables aside): the inverse of <see cref="ToJson"/>.
    /// </summary>
    /// <param name="json">GitVersion's output: one JSON object.</param>
    /// <returns>The variables.</returns>
    /// <exception cref="System.Text.Json.JsonException">Not JSON.</exception>
    /// <exception cref="FormatException">No <c>Major</c>, <c>Minor</c> or <c>Patch</c>, or a number that is none.</exception>
    public static VersionVariables FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Output.VersionJson.Read(json);
    }
}
