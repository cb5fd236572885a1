using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Automation.Versioning.Output;

/// <summary>
/// GitVersion's <c>/output json</c>: one flat object, keys sorted ordinally, numbers as JSON numbers (or null), every
/// other value a string, indented with two spaces.
/// </summary>
internal static class VersionJson
{
    public static string Write(VersionVariables variables)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(VersionVariables.AssemblySemFileVer)] = variables.AssemblySemFileVer,
            [nameof(VersionVariables.AssemblySemVer)] = variables.AssemblySemVer,
            [nameof(VersionVariables.BranchName)] = variables.BranchName,
            [nameof(VersionVariables.BuildMetaData)] = variables.BuildMetaData,
            [nameof(VersionVariables.CommitDate)] = variables.CommitDate,
            [nameof(VersionVariables.CommitsSinceVersionSource)] = variables.CommitsSinceVersionSource,
            [nameof(VersionVariables.EscapedBranchName)] = variables.EscapedBranchName,
            [nameof(VersionVariables.FullBuildMetaData)] = variables.FullBuildMetaData,
            [nameof(VersionVariables.FullSemVer)] = variables.FullSemVer,
            [nameof(VersionVariables.InformationalVersion)] = variables.InformationalVersion,
            [nameof(VersionVariables.Major)] = variables.Major,
            [nameof(VersionVariables.MajorMinorPatch)] = variables.MajorMinorPatch,
            [nameof(VersionVariables.Minor)] = variables.Minor,
            [nameof(VersionVariables.Patch)] = variables.Patch,
            [nameof(VersionVariables.PreReleaseLabel)] = variables.PreReleaseLabel,
            [nameof(VersionVariables.PreReleaseLabelWithDash)] = variables.PreReleaseLabelWithDash,
            [nameof(VersionVariables.PreReleaseNumber)] = variables.PreReleaseNumber,
            [nameof(VersionVariables.PreReleaseTag)] = variables.PreReleaseTag,
            [nameof(VersionVariables.PreReleaseTagWithDash)] = variables.PreReleaseTagWithDash,
            [nameof(VersionVariables.SemVer)] = variables.SemVer,
            [nameof(VersionVariables.Sha)] = variables.Sha,
            [nameof(VersionVariables.ShortSha)] = variables.ShortSha,
            [nameof(VersionVariables.UncommittedChanges)] = variables.UncommittedChanges,
            [nameof(VersionVariables.VersionSourceDistance)] = variables.VersionSourceDistance,
            [nameof(VersionVariables.VersionSourceIncrement)] = variables.VersionSourceIncrement,
            [nameof(VersionVariables.VersionSourceSemVer)] = variables.VersionSourceSemVer,
            [nameof(VersionVariables.VersionSourceSha)] = variables.VersionSourceSha,
            [nameof(VersionVariables.WeightedPreReleaseNumber)] = variables.WeightedPreReleaseNumber,
        };

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in values.OrderBy(pair => pair.Key, StringComparer.Ordinal))
            {
                switch (value)
                {
                    case int number:
                        writer.WriteNumber(key, number);
                        break;
                    case null when IsNumber(key):
                        writer.WriteNull(key);
                        break;
                    default:
                        writer.WriteString(key, value as string ?? string.Empty);
                        break;
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static bool IsNumber(string key) => key is nameof(VersionVariables.BuildMetaData) or nameof(VersionVariables.PreReleaseNumber);
}
