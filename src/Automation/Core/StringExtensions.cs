namespace Automation;

/// <summary>NUKE's string helpers: <c>name.IsNullOrEmpty()</c>, <c>path.DoubleQuoteIfNeeded()</c>.</summary>
public static class StringExtensions
{
    /// <summary>Whether the text is null or empty.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see cref="string.IsNullOrEmpty"/> of it.</returns>
    public static bool IsNullOrEmpty([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] this string? text) => string.IsNullOrEmpty(text);

    /// <summary>Whether the text is null, empty or only white space.</summary>
    /// <param name="text">The text.</param>
    /// <returns><see cref="string.IsNullOrWhiteSpace"/> of it.</returns>
    public static bool IsNullOrWhiteSpace([System.Diagnostics.CodeAnalysis.NotNullWhen(false)] this string? text) => string.IsNullOrWhiteSpace(text);

    /// <summary>
    /// The text as one command-line argument: unchanged when it needs no quotes, else in double quotes with
    /// <c>"</c> and <c>\</c> escaped by a backslash (as command lines given as one string are split here).
    /// </summary>
    /// <param name="text">The argument.</param>
    /// <returns>The argument, quoted when it is empty or holds white space or quotes.</returns>
    public static string DoubleQuoteIfNeeded(this string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "\"\"";
        }

        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"')
        {
            return text;
        }

        return text.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'')
            ? $"\"{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\""
            : text;
    }

    /// <summary>The text in double quotes, as it is (NUKE's <c>DoubleQuote</c>: quotes inside are not escaped; see <see cref="DoubleQuoteIfNeeded"/> for a command-line argument).</summary>
    /// <param name="text">The text; null is quoted as empty.</param>
    /// <returns><c>"text"</c>.</returns>
    public static string DoubleQuote(this string? text) => $"\"{text}\"";

    /// <summary>The text in single quotes, as it is (NUKE's <c>SingleQuote</c>).</summary>
    /// <param name="text">The text; null is quoted as empty.</param>
    /// <returns><c>'text'</c>.</returns>
    public static string SingleQuote(this string? text) => $"'{text}'";
}
