using System.Reflection;
using System.Text.Json.Serialization;

namespace Automation.ConfigurationFiles;

/// <summary>
/// The spelling of the keys the declared section types know (<see cref="ConfigSectionAttribute{TSettings}"/>), for
/// keys an environment variable names: <c>AUTOMATION_DEPLOY__TIMEOUT_SECONDS</c> gives <c>deploy:timeoutseconds</c>,
/// which this spells <c>deploy:TimeoutSeconds</c>. A name is matched as binding matches it (case and underscores
/// aside); a key no declared type has is kept as it is, and so is everything under it.
/// </summary>
internal sealed class SectionSpelling
{
    private readonly IReadOnlyList<IConfigSectionDeclaration> _sections;

    private SectionSpelling(IReadOnlyList<IConfigSectionDeclaration> sections) => _sections = sections;

    /// <summary>No declared sections: every key is kept as it is.</summary>
    public static SectionSpelling None { get; } = new([]);

    /// <summary>The sections declared on <paramref name="buildType"/>, its base classes and the interfaces it implements.</summary>
    public static SectionSpelling Of(Type buildType)
    {
        // Enumerable.Concat by name: with objects, NUKE's Concat(params T[]) in this namespace would add the sequence as one item.
        var declarations = Enumerable.Concat(
                buildType.GetCustomAttributes(inherit: true),
                buildType.GetInterfaces().SelectMany(i => i.GetCustomAttributes(inherit: false)))
            .OfType<IConfigSectionDeclaration>()
            .ToList();
        return new SectionSpelling(declarations);
    }

    /// <summary><paramref name="path"/> (<c>deploy:timeoutseconds</c>) with each key the declared types know in their spelling.</summary>
    public string Spell(string path)
    {
        var keys = path.Split(JsonLayers.PathSeparator);
        if (_sections.FirstOrDefault(s => Same(s.Name, keys[0])) is not { } section)
        {
            return path;
        }

        keys[0] = section.Name;
        var type = section.SettingsType;
        for (var i = 1; i < keys.Length && type is not null; i++)
        {
            var property = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => (Property: p, Name: p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? p.Name))
                .FirstOrDefault(p => Same(p.Name, keys[i]));
            if (property.Property is null)
            {
                break;
            }

            keys[i] = property.Name;
            type = property.Property.PropertyType;
        }

        return string.Join(JsonLayers.PathSeparator, keys);
    }

    // As EnvironmentSections reads a variable's names: case ignored, underscores (and a section name's dashes) dropped.
    private static bool Same(string declared, string key) =>
        string.Equals(Normal(declared), Normal(key), StringComparison.OrdinalIgnoreCase);

    private static string Normal(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
}
