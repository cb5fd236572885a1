using System.Text.Json.Nodes;

namespace Automation.ConfigurationFiles;

/// <summary>
/// Configuration sections from environment variables, the layer above every file: <c>AUTOMATION_DEPLOY__HOST</c>
/// sets key <c>host</c> of section <c>deploy</c>, <c>AUTOMATION_DEPLOY__DATABASE__PORT</c> key <c>port</c> of its
/// object <c>database</c> (a double underscore between names, as .NET's configuration does). Names are
/// case-insensitive, and a single underscore inside a name is dropped (<c>MAX_HOSTS</c> binds to <c>MaxHosts</c>). The
/// value is text; numbers and booleans are read from it when the setting's type asks for one.
/// </summary>
internal static class EnvironmentSections
{
    /// <summary>The start of every such variable's name.</summary>
    public const string Prefix = "AUTOMATION_";

    private const string Separator = "__";

    /// <summary>Sets the value of each variable that names a section and a key, in a stable order (by name).</summary>
    /// <param name="layers">The file layers, merged: a key one of them has keeps its spelling there.</param>
    /// <param name="variables">The environment.</param>
    /// <param name="spelling">How a key no file has is spelt: as the section's declared type spells it, else lower-case.</param>
    public static void Apply(JsonLayers layers, IReadOnlyDictionary<string, string> variables, SectionSpelling? spelling = null)
    {
        foreach (var (name, value) in variables.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            if (PathOf(name) is { } path)
            {
                layers.Set((spelling ?? SectionSpelling.None).Spell(path), JsonValue.Create(value), new ConfigurationOrigin($"environment variable {name}"));
            }
        }
    }

    /// <summary><c>deploy:host</c> for <c>AUTOMATION_DEPLOY__HOST</c>; null for a variable that is not one (no key, an empty name).</summary>
    public static string? PathOf(string variable)
    {
        if (!variable.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var names = variable[Prefix.Length..].Split(Separator).Select(n => n.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant()).ToList();
        return names.Count < 2 || names.Any(n => n.Length == 0) ? null : string.Join(JsonLayers.PathSeparator, names);
    }
}
