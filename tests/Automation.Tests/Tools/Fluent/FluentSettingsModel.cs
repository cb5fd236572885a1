using System.Collections;
using System.Reflection;

namespace Automation.Tests.Tools.Fluent;

/// <summary>
/// Which fluent methods NUKE's settings forms promise for each settings record, read by reflection: the single source
/// of both the generator (<see cref="FluentSettingsSource"/>) and the check that each form exists.
/// </summary>
internal static class FluentSettingsModel
{
    /// <summary>NUKE's name of a property where ours differs: the NUKE name becomes an extension too, mapping to ours.</summary>
    public static IReadOnlyDictionary<string, string> NukeNames { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Project"] = "ProjectFile",
        ["Output"] = "OutputDirectory",
        ["Package"] = "TargetPath",
        ["WorkingDirectory"] = "ProcessWorkingDirectory",
        ["ToolPath"] = "ProcessToolPath",
        ["Collectors"] = "DataCollector",
    };

    /// <summary>The records with fluent extensions: every concrete record derived from <see cref="ToolSettings"/>, and the <see cref="DataTypes"/>.</summary>
    public static IReadOnlyList<Type> SettingsTypes { get; } =
    [
        .. typeof(ToolSettings).Assembly.GetExportedTypes()
            .Where(t => t.IsSubclassOf(typeof(ToolSettings)) && !t.IsAbstract)
            .Concat(DataTypes)
            .OrderBy(t => t.Name, StringComparer.Ordinal),
    ];

    /// <summary>
    /// NUKE's data classes that are not tool settings but have its fluent forms too: the chat messages and their parts.
    /// A property whose type is one of them also gets a form taking a configurator (<c>SetFooter(_ =&gt; _.SetText(…))</c>,
    /// <c>AddEmbeds(_ =&gt; _.SetTitle(…))</c>).
    /// </summary>
    public static IReadOnlyList<Type> DataTypes =>
    [
        typeof(DiscordEmbed), typeof(DiscordEmbedAuthor), typeof(DiscordEmbedField), typeof(DiscordEmbedFooter), typeof(DiscordEmbedImage),
        typeof(DiscordEmbedThumbnail), typeof(DiscordMessage), typeof(MastodonStatus), typeof(SlackMessage), typeof(SlackMessageAction),
        typeof(SlackMessageAttachment), typeof(SlackMessageConfirmation), typeof(SlackMessageField),
    ];

    /// <summary>
    /// The abstract records the settings records share and that declare properties (<see cref="ToolSettings"/>,
    /// <see cref="DotNetMSBuildSettings"/>, ...): their properties' forms are generated once, as generic methods, not
    /// again for every derived record.
    /// </summary>
    public static IReadOnlyList<Type> SharedBases { get; } =
    [
        .. SettingsTypes.SelectMany(Bases).Where(t => t.IsAbstract && DeclaredProperties(t).Count > 0).Distinct().OrderBy(t => t.Name, StringComparer.Ordinal),
    ];

    /// <summary>Every type with a generated extensions file: the shared bases, then the settings records.</summary>
    public static IReadOnlyList<Type> ExtendedTypes { get; } = [.. SharedBases, .. SettingsTypes];

    /// <summary>The classes a type's record base chain runs through, nearest first, without <see cref="object"/>.</summary>
    public static IEnumerable<Type> Bases(Type settings)
    {
        for (var type = settings.BaseType; type is not null && type != typeof(object); type = type.BaseType)
        {
            yield return type;
        }
    }

    /// <summary>The settable properties of a settings record, by name.</summary>
    public static IReadOnlyList<PropertyInfo> Properties(Type settings) =>
    [
        .. settings.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal),
    ];

    /// <summary>The settable properties a type declares itself: the ones its extensions file has forms for.</summary>
    public static IReadOnlyList<PropertyInfo> DeclaredProperties(Type settings) => [.. Properties(settings).Where(p => p.DeclaringType == settings)];

    /// <summary>
    /// A property's default: its value in a new record of every concrete settings type that has it, which must agree
    /// (a shared base's reset form serves them all).
    /// </summary>
    public static object? DefaultOf(PropertyInfo property)
    {
        var values = SettingsTypes
            .Where(t => property.DeclaringType!.IsAssignableFrom(t))
            .Select(t => property.GetValue(Activator.CreateInstance(t)))
            .ToList();
        var first = values[0];
        return values.All(v => Same(v, first))
            ? first
            : throw new NotSupportedException($"{property.DeclaringType!.Name}.{property.Name} starts with different values in different settings records: one reset form cannot serve them all.");
    }

    private static bool Same(object? a, object? b) =>
        Equals(a, b) || (a is ICollection { Count: 0 } && b is ICollection { Count: 0 } && a.GetType() == b.GetType());

    /// <summary>How a property's forms look.</summary>
    public static FluentKind KindOf(PropertyInfo property)
    {
        var type = property.PropertyType;
        if (type == typeof(bool) || type == typeof(bool?))
        {
            return FluentKind.Boolean;
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return FluentKind.List;
        }

        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) ? FluentKind.Dictionary : FluentKind.Value;
    }

    /// <summary>The names a property's forms use: ours, and NUKE's where it differs.</summary>
    public static IEnumerable<string> Names(PropertyInfo property) =>
        NukeNames.TryGetValue(property.Name, out var nuke) ? [property.Name, nuke] : [property.Name];

    /// <summary>The method names a property's forms need, for one of its names.</summary>
    public static IReadOnlyList<string> RequiredMethods(FluentKind kind, string name) => kind switch
    {
        FluentKind.Boolean => [$"Set{name}", $"Reset{name}", $"Enable{name}", $"Disable{name}", $"Toggle{name}"],
        FluentKind.List => [$"Set{name}", $"Add{name}", $"Remove{name}", $"Clear{name}", $"Reset{name}"],
        FluentKind.Dictionary => [$"Set{name}", $"Clear{name}", $"Reset{name}", $"Set{Singular(name)}", $"Add{Singular(name)}", $"Remove{Singular(name)}"],
        _ => [$"Set{name}", $"Reset{name}"],
    };

    /// <summary>One entry's name: <c>Properties</c> → <c>Property</c>, <c>RunSettings</c> → <c>RunSetting</c>.</summary>
    public static string Singular(string plural) =>
        plural.EndsWith("ies", StringComparison.Ordinal) ? plural[..^3] + "y" : plural.EndsWith('s') ? plural[..^1] : plural + "Entry";

    /// <summary>The static class holding a settings type's extensions (for a shared base, its properties' generic forms).</summary>
    public static string ExtensionsClass(Type settings) => settings.Name + "Extensions";
}

/// <summary>The shape of a settings property, which decides its fluent forms.</summary>
internal enum FluentKind
{
    /// <summary>Set and Reset.</summary>
    Value,

    /// <summary>Set, Reset, Enable, Disable, Toggle.</summary>
    Boolean,

    /// <summary>Set, Add, Remove, Clear, Reset.</summary>
    List,

    /// <summary>Set (all, or one entry), Add, Remove, Clear, Reset.</summary>
    Dictionary,
}
