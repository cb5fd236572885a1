using System.Globalization;
using Automation.Versioning.Configuration;

namespace Automation.Versioning.Output;

/// <summary>The values a configured format can name, as text (GitVersion's format values; absent numbers are empty).</summary>
internal static class FormatValues
{
    public static IReadOnlyDictionary<string, string?> Of(VersionVariables v)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Major"] = Text(v.Major),
            ["Minor"] = Text(v.Minor),
            ["Patch"] = Text(v.Patch),
            ["MajorMinorPatch"] = v.MajorMinorPatch,
            ["PreReleaseTag"] = v.PreReleaseTag,
            ["PreReleaseTagWithDash"] = v.PreReleaseTagWithDash,
            ["PreReleaseLabel"] = v.PreReleaseLabel,
            ["PreReleaseLabelWithDash"] = v.PreReleaseLabelWithDash,
            ["PreReleaseNumber"] = v.PreReleaseNumber is { } number ? Text(number) : string.Empty,
            ["WeightedPreReleaseNumber"] = Text(v.WeightedPreReleaseNumber),
            ["BuildMetaData"] = v.BuildMetaData is { } metadata ? Text(metadata) : string.Empty,
            ["FullBuildMetaData"] = v.FullBuildMetaData,
            ["SemVer"] = v.SemVer,
            ["FullSemVer"] = v.FullSemVer,
            ["InformationalVersion"] = v.InformationalVersion,
            ["AssemblySemVer"] = v.AssemblySemVer,
            ["AssemblyFileSemVer"] = v.AssemblySemFileVer,
            ["BranchName"] = v.BranchName,
            ["EscapedBranchName"] = v.EscapedBranchName,
            ["Sha"] = v.Sha,
            ["ShortSha"] = v.ShortSha,
            ["CommitDate"] = v.CommitDate,
            ["VersionSourceSha"] = v.VersionSourceSha.Length > 0 ? v.VersionSourceSha : null,
            ["CommitsSinceVersionSource"] = Text(v.CommitsSinceVersionSource),
            ["VersionSourceDistance"] = Text(v.VersionSourceDistance),
            ["UncommittedChanges"] = Text(v.UncommittedChanges),
        };
        System.Diagnostics.Debug.Assert(values.Count == VersionFormat.Variables.Count, "every format variable has a value");
        return values;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
