using System.ComponentModel;
using System.Globalization;

namespace Automation.IO;

/// <summary>Converts text to an <see cref="AbsolutePath"/>: a relative text is taken from the current directory.</summary>
internal sealed class AbsolutePathTypeConverter : TypeConverter
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) =>
        sourceType == typeof(string) || base.CanConvertFrom(context, sourceType);

    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value) =>
        value is string text ? (text.Length == 0 ? null : AbsolutePath.Create(Path.GetFullPath(text))) : base.ConvertFrom(context, culture, value);
}
