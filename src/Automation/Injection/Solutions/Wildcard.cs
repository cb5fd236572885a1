using System.Text.RegularExpressions;

namespace Automation.Injection.Solutions;

/// <summary>A name pattern with <c>*</c> and <c>?</c>, matched ignoring case.</summary>
internal static class Wildcard
{
    public static Regex ToRegex(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var expression = "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$";
        return new Regex(expression, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
