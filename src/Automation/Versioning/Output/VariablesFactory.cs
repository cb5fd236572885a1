using System.Globalization;
using System.Text.RegularExpressions;
using Automation.Versioning.Calculation;
using Automation.Versioning.Configuration;

namespace Automation.Versioning.Output;

/// <summary>Formats a calculated version into GitVersion's output variables.</summary>
internal static class VariablesFactory
{
    private static readonly Regex EscapeBranch = new("[^a-zA-Z0-9-]", RegexOptions.CultureInvariant);
    private static readonly Regex EscapeMetaData = new("[^0-9A-Za-z-.]", RegexOptions.CultureInvariant);

    public static VersionVariables Create(VersionContext context, CalculatedVersion calculated, IReadOnlyDictionary<string, string> environment)
    {
        var version = calculated.Version;
        var configuration = context.Configuration;
        var commit = context.Graph[context.CurrentCommit];
        var branch = context.CurrentBranch.Name;
        var tag = version.PreReleaseTag;
        var semVer = version.ToString();
        var preReleaseTag = tag.HasTag ? tag.ToString() : string.Empty;
        var metadata = calculated.BuildMetaData is { } count ? count.ToString(CultureInfo.InvariantCulture) : string.Empty;
        var fullBuildMetaData = $"{metadata}.Branch.{EscapeMetaData.Replace(branch, "-")}.Sha.{commit.Sha}".TrimStart('.');
        var variables = new VersionVariables
        {
            Major = (int)version.Major,
            Minor = (int)version.Minor,
            Patch = (int)version.Patch,
            MajorMinorPatch = version.MajorMinorPatch,
            PreReleaseTag = preReleaseTag,
            PreReleaseTagWithDash = preReleaseTag.Length > 0 ? "-" + preReleaseTag : string.Empty,
            PreReleaseLabel = tag.Name,
            PreReleaseLabelWithDash = tag.Name.Length > 0 ? "-" + tag.Name : string.Empty,
            PreReleaseNumber = tag.Number is { } number ? (int)number : null,
            WeightedPreReleaseNumber = tag.Number is { } weighted ? (int)weighted + calculated.Configuration.PreReleaseWeight : configuration.TagPreReleaseWeight,
            BuildMetaData = calculated.BuildMetaData,
            FullBuildMetaData = fullBuildMetaData,
            SemVer = semVer,
            FullSemVer = metadata.Length > 0 ? $"{semVer}+{metadata}" : semVer,
            InformationalVersion = $"{semVer}+{fullBuildMetaData}",
            AssemblySemVer = AssemblyVersion(version, configuration.AssemblyVersioningScheme),
            AssemblySemFileVer = AssemblyVersion(version, configuration.AssemblyFileVersioningScheme),
            BranchName = branch,
            EscapedBranchName = EscapeBranch.Replace(branch, "-"),
            Sha = commit.Sha,
            ShortSha = commit.Sha[..Math.Min(7, commit.Sha.Length)],
            CommitDate = DateTimeOffset.FromUnixTimeSeconds(commit.When).UtcDateTime.ToString(configuration.CommitDateFormat, CultureInfo.InvariantCulture),
            VersionSourceSha = calculated.VersionSource is { } source ? context.Graph[source].Sha : string.Empty,
            CommitsSinceVersionSource = calculated.Distance,
            VersionSourceDistance = calculated.Distance,
            VersionSourceSemVer = calculated.SourceVersion.ToString(),
            // GitVersion 6.8 reports the resolved version source, whose increment it has already applied.
            VersionSourceIncrement = nameof(VersionField.None),
            UncommittedChanges = context.Snapshot.UncommittedChanges,
        };
        return Formatted(variables, configuration, environment);
    }

    /// <summary>The variables with the configured formats applied; the formats see the variables as the schemes made them.</summary>
    private static VersionVariables Formatted(VersionVariables variables, VersioningConfiguration configuration, IReadOnlyDictionary<string, string> environment)
    {
        if (configuration.AssemblyVersioningFormat is null && configuration.AssemblyFileVersioningFormat is null && configuration.AssemblyInformationalFormat is null)
        {
            return variables;
        }

        var values = FormatValues.Of(variables);
        return variables with
        {
            AssemblySemVer = configuration.AssemblyVersioningFormat?.Evaluate(values, environment) ?? variables.AssemblySemVer,
            AssemblySemFileVer = configuration.AssemblyFileVersioningFormat?.Evaluate(values, environment) ?? variables.AssemblySemFileVer,
            InformationalVersion = configuration.AssemblyInformationalFormat?.Evaluate(values, environment) ?? variables.InformationalVersion,
        };
    }

    /// <summary>The four-part assembly version of a scheme (<c>None</c> gives an empty string).</summary>
    public static string AssemblyVersion(SemanticVersion version, AssemblyVersioningScheme scheme) => scheme switch
    {
        AssemblyVersioningScheme.Major => string.Create(CultureInfo.InvariantCulture, $"{version.Major}.0.0.0"),
        AssemblyVersioningScheme.MajorMinor => string.Create(CultureInfo.InvariantCulture, $"{version.Major}.{version.Minor}.0.0"),
        AssemblyVersioningScheme.MajorMinorPatch => string.Create(CultureInfo.InvariantCulture, $"{version.Major}.{version.Minor}.{version.Patch}.0"),
        AssemblyVersioningScheme.MajorMinorPatchTag => string.Create(CultureInfo.InvariantCulture, $"{version.Major}.{version.Minor}.{version.Patch}.{version.PreReleaseTag.Number ?? 0}"),
        _ => string.Empty,
    };
}
