using System.ComponentModel;
using System.Globalization;
using Automation.Parameters.Enumerations;

namespace Automation;

/// <summary>Converts text to one of the static members of an <see cref="Enumeration"/> type <typeparamref name="T"/>
/// (by value or member name, ignoring case), as NUKE's <c>TypeConverter&lt;T&gt;</c>.</summary>
/// <typeparam name="T">The enumeration type.</typeparam>
public class TypeConverter<T> : TypeConverter
    where T : Enumeration
{
    /// <inheritdoc />
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <inheritdoc />
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
    {
        if (value is not string text)
        {
            return base.ConvertFrom(context, culture, value);
        }

        return EnumerationValues.Of(typeof(T)).FirstOrDefault(v => v.Matches(text)).Value
            ?? throw new ArgumentException($"'{text}' is not a {typeof(T).Name}: expected one of {string.Join(", ", EnumerationValues.Names(typeof(T)))}.", nameof(value));
    }
}
