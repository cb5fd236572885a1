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
    };

    /// <summary>The settings records with fluent extensions: every concrete <c>dotnet</c> settings record, and ReportGenerator's.</summary>
    public static IReadOnlyList<Type> SettingsTypes { get; } =
    [
        .. typeof(DotNetSettings).Assembly.GetExportedTypes()
            .Where(t => t.IsSubclassOf(typeof(DotNetSettings)) && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal),
        typeof(ReportGeneratorSettings),
    ];

    /// <summary>The settable properties of a settings record, by name.</summary>
    public static IReadOnlyList<PropertyInfo> Properties(Type settings) =>
    [
        .. settings.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.Name, StringComparer.Ordinal),
    ];

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

    /// <summary>The static class holding a settings record's extensions.</summary>
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
