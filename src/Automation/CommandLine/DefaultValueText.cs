using System.Globalization;

namespace Automation.CommandLine;

/// <summary>How help shows a default value (of a build parameter or a target's argument): culture-invariant, lists comma-separated, nothing for an empty or false one.</summary>
internal static class DefaultValueText
{
    /// <summary>The text to show after <c>default:</c>, or null when the default is not worth showing.</summary>
    public static string? Format(object? value) => value switch
    {
        null => null,
        string { Length: 0 } => null,
        bool flag => flag ? "true" : null,
        Array { Length: 0 } => null,
        Array array => string.Join(",", array.Cast<object>().Select(o => Convert.ToString(o, CultureInfo.InvariantCulture))),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
