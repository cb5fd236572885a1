using System.Reflection;
using Automation.Core;

namespace Automation.Parameters.Enumerations;

/// <summary>The values an <see cref="Enumeration"/> type declares: its public static fields and properties of its own type.</summary>
internal static class EnumerationValues
{
    public static bool IsEnumeration(Type type) => typeof(Enumeration).IsAssignableFrom(type) && !type.IsAbstract;

    public static IReadOnlyList<(string Member, Enumeration Value)> Of(Type type)
    {
        const BindingFlags statics = BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy;
        var fields = type.GetFields(statics).Where(f => type.IsAssignableFrom(f.FieldType)).Select(f => (f.Name, f.GetValue(null)));
        var properties = type.GetProperties(statics).Where(p => type.IsAssignableFrom(p.PropertyType) && p.GetIndexParameters().Length == 0).Select(p => (p.Name, p.GetValue(null)));
        return fields.Concat(properties).Where(entry => entry.Item2 is Enumeration).Select(entry => (entry.Name, (Enumeration)entry.Item2!)).ToList();
    }

    public static IReadOnlyList<string> Names(Type type) => Of(type).Select(entry => entry.Value.ToString()).Distinct(StringComparer.Ordinal).ToList();

    public static bool Matches(this (string Member, Enumeration Value) entry, string text) =>
        string.Equals(entry.Value.ToString(), text, StringComparison.OrdinalIgnoreCase) || Naming.Matches(entry.Member, text);
}
