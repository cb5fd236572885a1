using System.ComponentModel;
using System.Globalization;

namespace Automation;

/// <summary>Converts <c>part/total</c> text to a <see cref="Partition"/> (a parameter's value).</summary>
public sealed class PartitionTypeConverter : TypeConverter
{
    /// <inheritdoc/>
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    /// <inheritdoc/>
    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text ? Partition.Parse(text) : base.ConvertFrom(context, culture, value);
}
