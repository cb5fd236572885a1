using System.Text.Json;
using System.Text.Json.Nodes;
using Automation.ConfigurationFiles;
using Automation.Core;

namespace Automation.Parameters;

/// <summary>
/// A configuration layer's file (system, user, <c>.nuke/parameters[.profile].json</c>, <c>--config-file</c>): parameter
/// values keyed by member or parameter name, and sections (keys whose value is an object) that targets read with
/// <c>ctx.Config&lt;T&gt;(section)</c>.
/// </summary>
internal sealed class ParameterFile
{
    private ParameterFile(ConfigurationFile file, bool shared, IReadOnlyDictionary<string, (string Key, RawValue Value)> values)
    {
        File = file;
        Shared = shared;
        Values = values;
    }

    public string DisplayName => File.DisplayName;

    /// <summary>The parsed file, with the line of each key: its sections are configuration layers.</summary>
    public ConfigurationFile File { get; }

    /// <summary>
    /// A system or user file, shared by every build of the machine or the user: keys that are not parameters of this
    /// build are expected there (another build's), so they are not warned about, and its <c>Targets</c>/<c>Skip</c>
    /// do not choose what this build runs.
    /// </summary>
    public bool Shared { get; }

    /// <summary>Parameter values keyed by <see cref="Naming.Normalize"/>d name, with the key as written.</summary>
    public IReadOnlyDictionary<string, (string Key, RawValue Value)> Values { get; }

    /// <summary>
    /// The keys that name targets rather than parameters (<c>Targets</c>, <c>Skip</c>; applied by
    /// <see cref="CommandLine.ParameterFileTargets"/>), in <see cref="Naming.Normalize"/>d form, so the binder does not
    /// report them as unknown parameters.
    /// </summary>
    public static readonly IReadOnlyList<string> TargetKeys = ["targets", "skip"];

    /// <summary>
    /// The keys NUKE's setup writes into <c>.nuke/parameters.json</c> whether or not the build reads them, in
    /// <see cref="Naming.Normalize"/>d form: <c>Solution</c>, read by a <c>[Solution]</c> member of that name without a
    /// path (<c>$schema</c> is skipped with every <c>$</c> key). NUKE never warned about them, so a ported build whose
    /// solution member has a path, or another name, does not warn on every run.
    /// </summary>
    public static readonly IReadOnlyList<string> NukeSetupKeys = ["solution"];

    /// <summary>The largest parameter file read (see <see cref="ConfigurationFile.MaxBytes"/>).</summary>
    public const long MaxBytes = ConfigurationFile.MaxBytes;

    /// <summary>A file of the repository: named relative to <paramref name="root"/>, relative paths in it start there.</summary>
    public static ParameterFile Load(AbsolutePath path, AbsolutePath root) =>
        Load(path, path.RelativeTo(root).Replace('\\', '/'), root, shared: false);

    /// <summary>A file named <paramref name="displayName"/> in messages, whose relative paths start at <paramref name="baseDirectory"/>.</summary>
    public static ParameterFile Load(string path, string displayName, string baseDirectory, bool shared)
    {
        var file = ConfigurationFile.Load(path, displayName);
        var values = new Dictionary<string, (string, RawValue)>(StringComparer.Ordinal);
        foreach (var (key, value) in file.Root)
        {
            // "$schema" is for editors; an object is a section, read by the targets that ask for it.
            if (key.StartsWith('$') || value is JsonObject)
            {
                continue;
            }

            values[Naming.Normalize(key)] = (key, new RawValue(ToStrings(value, displayName, key), displayName, baseDirectory, file.LineOf(key)));
        }

        return new ParameterFile(file, shared, values);
    }

    private static List<string> ToStrings(JsonNode? node, string file, string key) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => [],
        JsonValueKind.Array => node.AsArray().SelectMany(e => ToStrings(e, file, key)).ToList(),
        JsonValueKind.String => [node.GetValue<string>()],
        JsonValueKind.Number => [node.ToJsonString()],
        JsonValueKind.True => ["true"],
        JsonValueKind.False => ["false"],
        _ => throw new UsageException($"{file}: the value of '{key}' holds an object in an array; a parameter value is a string, number, boolean, null or an array of these."),
    };
}
