using System.Globalization;
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

    /// <summary>
    /// Reads GitVersion's JSON variables (6's names; 5's print the same ones and more): numbers as JSON numbers or as
    /// text, an empty or missing number as null (0 where the variable has no null).
    /// </summary>
    /// <exception cref="JsonException">Not JSON.</exception>
    /// <exception cref="FormatException">No <c>Major</c>, <c>Minor</c> or <c>Patch</c>, or a number that is none.</exception>
    public static VersionVariables Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("GitVersion's JSON is one object of variables");
        }

        string Text(string name) => root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : value.GetRawText()
            : string.Empty;
        int? Number(string name) => Text(name) is { Length: > 0 } text ? int.Parse(text, NumberStyles.Integer, CultureInfo.InvariantCulture) : null;
        int Required(string name) => Number(name) ?? throw new FormatException($"no '{name}' among GitVersion's variables");
        return new VersionVariables
        {
            Major = Required(nameof(VersionVariables.Major)),
            Minor = Required(nameof(VersionVariables.Minor)),
            Patch = Required(nameof(VersionVariables.Patch)),
            MajorMinorPatch = Text(nameof(VersionVariables.MajorMinorPatch)),
            PreReleaseTag = Text(nameof(VersionVariables.PreReleaseTag)),
            PreReleaseTagWithDash = Text(nameof(VersionVariables.PreReleaseTagWithDash)),
            PreReleaseLabel = Text(nameof(VersionVariables.PreReleaseLabel)),
            PreReleaseLabelWithDash = Text(nameof(VersionVariables.PreReleaseLabelWithDash)),
            PreReleaseNumber = Number(nameof(VersionVariables.PreReleaseNumber)),
            WeightedPreReleaseNumber = Number(nameof(VersionVariables.WeightedPreReleaseNumber)) ?? 0,
            BuildMetaData = Number(nameof(VersionVariables.BuildMetaData)),
            FullBuildMetaData = Text(nameof(VersionVariables.FullBuildMetaData)),
            SemVer = Text(nameof(VersionVariables.SemVer)),
            FullSemVer = Text(nameof(VersionVariables.FullSemVer)),
            InformationalVersion = Text(nameof(VersionVariables.InformationalVersion)),
            AssemblySemVer = Text(nameof(VersionVariables.AssemblySemVer)),
            AssemblySemFileVer = Text(nameof(VersionVariables.AssemblySemFileVer)),
            BranchName = Text(nameof(VersionVariables.BranchName)),
            EscapedBranchName = Text(nameof(VersionVariables.EscapedBranchName)),
            Sha = Text(nameof(VersionVariables.Sha)),
            ShortSha = Text(nameof(VersionVariables.ShortSha)),
            CommitDate = Text(nameof(VersionVariables.CommitDate)),
            VersionSourceSha = Text(nameof(VersionVariables.VersionSourceSha)),
            CommitsSinceVersionSource = Number(nameof(VersionVariables.CommitsSinceVersionSource)) ?? 0,
            VersionSourceDistance = Number(nameof(VersionVariables.VersionSourceDistance)) ?? 0,
            VersionSourceSemVer = Text(nameof(VersionVariables.VersionSourceSemVer)),
            VersionSourceIncrement = Text(nameof(VersionVariables.VersionSourceIncrement)),
            UncommittedChanges = Number(nameof(VersionVariables.UncommittedChanges)) ?? 0,
        };
    }

    private static bool IsNumber(string key) => key is nameof(VersionVariables.BuildMetaData) or nameof(VersionVariables.PreReleaseNumber);
}
