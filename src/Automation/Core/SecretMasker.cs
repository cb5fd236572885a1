namespace Automation.Core;

/// <summary>
/// Replaces every registered secret value with <c>***</c>. Every output channel goes through it. Output is masked a
/// line at a time, so a multi-line secret (a PEM key, a JSON credential) is also registered line by line: each of its
/// lines, without the indentation a tool may change, is masked wherever it appears.
/// </summary>
internal sealed class SecretMasker
{
    public const string Mask = "***";

    /// <summary>
    /// The shortest value that can be a secret. Masking is by substring, so a short value would also hide unrelated
    /// text (a secret <c>-</c> turns <c>dotnet-child</c> into <c>dotnet***child</c>); a value this short is no
    /// credential either. Shorter values are refused as secrets, and shorter lines of a multi-line secret are not
    /// masked on their own (<c>{</c>, <c>}</c>, a short base64 tail).
    /// </summary>
    public const int MinimumLength = 8;

    private readonly Lock _lock = new();
    private string[] _secrets = [];

    /// <summary>Whether <paramref name="value"/> is set but too short to be a secret (see <see cref="MinimumLength"/>).</summary>
    public static bool IsTooShort(string? value) => !string.IsNullOrEmpty(value) && value.Trim().Length < MinimumLength;

    /// <summary>Registers a secret and, when it has several lines, each line long enough to mask. Values shorter than
    /// <see cref="MinimumLength"/> are ignored: callers refuse them first, with a message that says why.</summary>
    public void Add(string? secret)
    {
        if (string.IsNullOrEmpty(secret) || IsTooShort(secret))
        {
            return;
        }

        var values = secret.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.Length >= MinimumLength)
            .Prepend(secret)
            .ToList();
        lock (_lock)
        {
            var added = values.Where(value => !_secrets.Contains(value, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
            if (added.Count > 0)
            {
                // Longest first, so a secret that contains another is masked whole.
                _secrets = [.. _secrets.Concat(added).OrderByDescending(s => s.Length)];
            }
        }
    }

    public string Apply(string text)
    {
        var secrets = _secrets;
        foreach (var secret in secrets)
        {
            if (text.Contains(secret, StringComparison.Ordinal))
            {
                text = text.Replace(secret, Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
