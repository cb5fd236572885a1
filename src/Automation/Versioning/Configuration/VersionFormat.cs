using System.Globalization;
using System.Text.RegularExpressions;

namespace Automation.Versioning.Configuration;

/// <summary>
/// A format string of <c>assembly-versioning-format</c>, <c>assembly-file-versioning-format</c> or
/// <c>assembly-informational-format</c>, in GitVersion's syntax: <c>{Variable}</c>, <c>{Variable:format}</c>,
/// <c>{env:NAME}</c> and fallbacks <c>{env:NAME ?? "text"}</c> / <c>{env:NAME ?? 0}</c>. Checked when the
/// configuration is read, so an unknown variable is reported with its line; evaluated once the version is known.
/// </summary>
internal sealed class VersionFormat
{
    /// <summary>The variables a format may name (GitVersion's format values).</summary>
    public static readonly IReadOnlyList<string> Variables =
    [
        "Major", "Minor", "Patch", "MajorMinorPatch", "PreReleaseTag", "PreReleaseTagWithDash", "PreReleaseLabel",
        "PreReleaseLabelWithDash", "PreReleaseNumber", "WeightedPreReleaseNumber", "BuildMetaData", "FullBuildMetaData",
        "SemVer", "FullSemVer", "InformationalVersion", "AssemblySemVer", "AssemblyFileSemVer", "BranchName",
        "EscapedBranchName", "Sha", "ShortSha", "CommitDate", "VersionSourceSha", "CommitsSinceVersionSource",
        "VersionSourceDistance", "UncommittedChanges",
    ];

    private static readonly Regex Placeholder = new(@"\{([^{}]+)\}", RegexOptions.CultureInvariant);
    private static readonly Regex Unsafe = new("[^0-9A-Za-z-.+]", RegexOptions.CultureInvariant);
    private static readonly Regex EnvironmentName = new(@"^[A-Za-z0-9_:\-\.]+$", RegexOptions.CultureInvariant);

    private readonly IReadOnlyList<FormatToken>[] _placeholders;

    private VersionFormat(string key, string where, string text, IReadOnlyList<FormatToken>[] placeholders)
    {
        Key = key;
        Where = where;
        Text = text;
        _placeholders = placeholders;
    }

    /// <summary>The configuration key the format came from.</summary>
    public string Key { get; }

    /// <summary>The file and line of the key, for messages.</summary>
    public string Where { get; }

    /// <summary>The format as written.</summary>
    public string Text { get; }

    /// <summary>Parses <paramref name="text"/>; a malformed placeholder or an unknown variable is a <see cref="VersioningException"/>.</summary>
    public static VersionFormat Parse(string key, string where, string text)
    {
        var placeholders = new List<IReadOnlyList<FormatToken>>();
        foreach (Match match in Placeholder.Matches(text))
        {
            var inner = match.Groups[1].Value;
            IReadOnlyList<FormatToken> tokens;
            try
            {
                tokens = FormatTokenizer.Parse(inner);
            }
            catch (FormatException exception)
            {
                throw new VersioningException($"{where}: '{key}' has a malformed placeholder {{{inner}}}: {exception.Message}. Write {{Variable}}, {{Variable:format}}, {{env:NAME}} or {{env:NAME ?? \"fallback\"}}.");
            }

            foreach (var token in tokens)
            {
                if (token.Kind == FormatTokenKind.Variable && !Variables.Contains(token.Name, StringComparer.Ordinal))
                {
                    throw new VersioningException($"{where}: '{key}' names {{{token.Name}}}, which is not a version variable; use one of {string.Join(", ", Variables)} (or {{env:NAME}}).");
                }

                if (token.Kind == FormatTokenKind.Environment && !EnvironmentName.IsMatch(token.Name))
                {
                    throw new VersioningException($"{where}: '{key}' names the environment variable '{token.Name}', which has characters a variable name cannot have; use letters, digits, '_', '-', '.' and ':'.");
                }
            }

            placeholders.Add(tokens);
        }

        return new VersionFormat(key, where, text, [.. placeholders]);
    }

    /// <summary>
    /// The format with every placeholder replaced: the first token of a <c>??</c> chain that has a value wins, a
    /// literal always has one. Characters other than letters, digits, <c>-</c>, <c>.</c> and <c>+</c> become <c>-</c>,
    /// as GitVersion does, so the result is valid in assembly attributes.
    /// </summary>
    public string Evaluate(IReadOnlyDictionary<string, string?> variables, IReadOnlyDictionary<string, string> environment)
    {
        var index = 0;
        var formatted = Placeholder.Replace(Text, _ => Evaluate(_placeholders[index++], variables, environment));
        return Unsafe.Replace(formatted, "-");
    }

    private string Evaluate(IReadOnlyList<FormatToken> tokens, IReadOnlyDictionary<string, string?> variables, IReadOnlyDictionary<string, string> environment)
    {
        foreach (var token in tokens)
        {
            var value = token.Kind switch
            {
                FormatTokenKind.Literal => token.Name,
                FormatTokenKind.Environment => environment.TryGetValue(token.Name, out var set) ? set : null,
                _ => variables.TryGetValue(token.Name, out var variable) ? variable : null,
            };
            if (value is null)
            {
                continue;
            }

            return token.Format is { } format ? FormatValue(value, format) : value;
        }

        var missing = tokens.LastOrDefault(t => t.Kind == FormatTokenKind.Environment);
        if (missing is not null)
        {
            throw new VersioningException($"{Where}: '{Key}' needs the environment variable {missing.Name}, which is not set; set it, or give a fallback: {{env:{missing.Name} ?? \"0\"}}.");
        }

        return string.Empty;
    }

    /// <summary>GitVersion's value formatters in their order: numbers, then text case (u, l, t, s, c), then dates.</summary>
    private static string FormatValue(string value, string format)
    {
        var culture = CultureInfo.InvariantCulture;
        try
        {
            if (format.All(char.IsDigit) && int.TryParse(value, NumberStyles.Integer, culture, out var digits))
            {
                return digits.ToString(format, culture);
            }

            if ("BDX".Contains(char.ToUpperInvariant(format[0]), StringComparison.Ordinal) && int.TryParse(value, NumberStyles.Integer, culture, out var integer))
            {
                return integer.ToString(format, culture);
            }

            if ("FEGNCP".Contains(char.ToUpperInvariant(format[0]), StringComparison.Ordinal) && double.TryParse(value, NumberStyles.Float | NumberStyles.AllowThousands, culture, out var real))
            {
                return real.ToString(format, culture);
            }

            if (decimal.TryParse(value, NumberStyles.Any, culture, out var number))
            {
                return number.ToString(format, culture);
            }
        }
        catch (FormatException)
        {
            return value;
        }

        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        var text = culture.TextInfo;
        switch (format)
        {
            case "u": return text.ToUpper(value);
            case "l": return text.ToLower(value);
            case "t": return text.ToTitleCase(text.ToLower(value));
            case "s": return text.ToUpper(value[0]) + text.ToLower(value[1..]);
            case "c": return string.Concat(Regex.Split(value, "[^A-Za-z0-9]+").Where(w => w.Length > 0).Select(w => text.ToUpper(w[0]) + text.ToLower(w[1..])));
        }

        return DateTime.TryParse(value, culture, out var date) ? date.ToString(format, culture) : value;
    }
}
