using System.ComponentModel;
using System.Globalization;
using System.Text.Json;

namespace Automation.Components;

/// <summary>
/// Reads <see cref="ISignPackages.SignPathSettings"/> from a parameter's text, as the environment or the command line
/// give it: the JSON object <c>.nuke/parameters.json</c> holds (<c>{"OrganizationId":"…","ProjectSlug":"…","PolicySlug":"…"}</c>).
/// </summary>
internal sealed class SignPathSettingsConverter : TypeConverter
{
    public override bool CanConvertFrom(ITypeDescriptorContext? context, Type sourceType) => sourceType == typeof(string);

    public override object? ConvertFrom(ITypeDescriptorContext? context, CultureInfo? culture, object value)
    {
        try
        {
            return JsonSerializer.Deserialize<ISignPackages.SignPathSettings>((string)value, SignPathSettingsReader.Options);
        }
        catch (JsonException exception)
        {
            throw new FormatException($"Not a JSON object of OrganizationId, ProjectSlug and PolicySlug: {exception.Message}", exception);
        }
    }
}
