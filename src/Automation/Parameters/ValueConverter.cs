using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Automation.Core;
using Automation.Parameters.Enumerations;

namespace Automation.Parameters;

/// <summary>Converts parameter text to the member's type: string, bool, int, long, double, enums, arrays, AbsolutePath, nullables.</summary>
internal static class ValueConverter
{
    public static object? Convert(ParameterDescriptor parameter, RawValue raw)
    {
        if (parameter.IsArray)
        {
            var elementType = parameter.ValueType.GetElementType()!;
            var items = raw.Values
                .SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(v => ConvertOne(parameter, elementType, v, raw))
                .ToList();
            var array = Array.CreateInstance(elementType, items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                array.SetValue(items[i], i);
            }

            return array;
        }

        if (raw.Values.Count != 1)
        {
            throw new UsageException($"Parameter --{parameter.Name} takes one value, but {raw.Source} gave {raw.Values.Count}.");
        }

        return ConvertOne(parameter, parameter.ValueType, raw.Values[0], raw);
    }

    private static object? ConvertOne(ParameterDescriptor parameter, Type type, string text, RawValue raw)
    {
        if (!TryConvertText(type, text, raw.BaseDirectory, out var converted))
        {
            var shown = parameter.IsSecret ? SecretMasker.Mask : text;
            throw new UsageException($"Invalid value '{shown}' for parameter --{parameter.Name} (from {raw.Source}): expected {Expected(Nullable.GetUnderlyingType(type) ?? type)}.");
        }

        return converted;
    }

    /// <summary>Converts one value (not an array) of <paramref name="type"/>; false when the text is not such a value.
    /// A relative path is taken from <paramref name="baseDirectory"/>.</summary>
    public static bool TryConvertText(Type type, string text, string baseDirectory, out object? value)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        value = target switch
        {
            _ when target == typeof(string) => text,
            _ when target == typeof(bool) => ParseBool(text),
            _ when target == typeof(int) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null,
            _ when target == typeof(long) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) ? l : null,
            _ when target == typeof(double) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
            _ when target == typeof(AbsolutePath) => text.Length == 0 ? null : AbsolutePath.Create(Path.GetFullPath(text, baseDirectory)),
            _ when target.IsEnum => ParseEnum(target, text),
            _ when EnumerationValues.IsEnumeration(target) => EnumerationValues.Of(target).FirstOrDefault(v => v.Matches(text)).Value,
            _ when HasConverter(target) => ConvertWithConverter(target, text),
            _ => throw new InvalidOperationException($"Unsupported value type {target.Name}; IsSupported should have rejected it."),
        };

        return value is not null || target == typeof(string) || target == typeof(AbsolutePath);
    }

    /// <summary>Whether a member of this type can be a parameter.</summary>
    public static bool IsSupported(Type type)
    {
        var target = type.IsArray ? type.GetElementType()! : type;
        target = Nullable.GetUnderlyingType(target) ?? target;
        return target == typeof(string) || target == typeof(bool) || target == typeof(int) || target == typeof(long)
            || target == typeof(double) || target == typeof(AbsolutePath) || target.IsEnum
            || EnumerationValues.IsEnumeration(target) || HasConverter(target);
    }

    /// <summary>The values a parameter of this type can take, for help, completion and the schema; empty when open.</summary>
    public static IReadOnlyList<string> AllowedValues(Type type)
    {
        var element = type.IsArray ? type.GetElementType()! : type;
        element = Nullable.GetUnderlyingType(element) ?? element;
        return element.IsEnum ? EnumNames(element)
            : EnumerationValues.IsEnumeration(element) ? EnumerationValues.Names(element)
            : [];
    }

    // A type with a [TypeConverter] from text (NUKE builds declare them for their own parameter types).
    private static bool HasConverter(Type type) =>
        type.GetCustomAttributes(typeof(TypeConverterAttribute), inherit: true).Length > 0 && TypeDescriptor.GetConverter(type).CanConvertFrom(typeof(string));

    private static object? ConvertWithConverter(Type type, string text)
    {
        try
        {
            return TypeDescriptor.GetConverter(type).ConvertFromInvariantString(text);
        }
        catch (Exception exception) when (exception is ArgumentException or FormatException or NotSupportedException)
        {
            return null;
        }
    }

    private static object? ParseBool(string text) => text.ToUpperInvariant() switch
    {
        "TRUE" or "1" or "YES" or "ON" => true,
        "FALSE" or "0" or "NO" or "OFF" => false,
        _ => null,
    };

    // An enum's names without the ones kept only for source compatibility ([EditorBrowsable(Never)], such as NUKE 5's
    // lower-case DotNetVerbosity.normal): those are the same values again, and listing them twice confuses help.
    private static string[] EnumNames(Type type) =>
        [.. type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.GetCustomAttribute<EditorBrowsableAttribute>() is not { State: EditorBrowsableState.Never })
            .Select(f => f.Name)];

    private static object? ParseEnum(Type type, string text)
    {
        var name = EnumNames(type).FirstOrDefault(n => Naming.Matches(n, text));
        return name is null ? null : Enum.Parse(type, name);
    }

    /// <summary>What a value of <paramref name="type"/> looks like, for an error message.</summary>
    public static string Expected(Type type) => type switch
    {
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(int) => "a whole number (Int32)",
        _ when type == typeof(long) => "a whole number (Int64)",
        _ when type == typeof(double) => "a number, with '.' as decimal point",
        _ when type.IsEnum => "one of " + string.Join(", ", EnumNames(type)),
        _ when EnumerationValues.IsEnumeration(type) => "one of " + string.Join(", ", EnumerationValues.Names(type)),
        _ => type.Name,
    };

    /// <summary>The type as shown in help: <c>string</c>, <c>int</c>, <c>Debug|Release</c>, <c>string[]</c>.</summary>
    public static string DisplayType(Type type)
    {
        if (type.IsArray)
        {
            return DisplayType(type.GetElementType()!) + "[]";
        }

        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target switch
        {
            _ when target == typeof(string) => "string",
            _ when target == typeof(bool) => "bool",
            _ when target == typeof(int) => "int",
            _ when target == typeof(long) => "long",
            _ when target == typeof(double) => "double",
            _ when target == typeof(AbsolutePath) => "path",
            _ when target.IsEnum => string.Join("|", EnumNames(target)),
            _ when EnumerationValues.IsEnumeration(target) => string.Join("|", EnumerationValues.Names(target)),
            _ => target.Name,
        };
    }
}
