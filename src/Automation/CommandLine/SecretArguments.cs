using System.Text.RegularExpressions;
using Automation.Core;
using Automation.Parameters;

namespace Automation.CommandLine;

/// <summary>
/// The words of a command line that could carry a secret parameter's value, however it was written: the words after
/// <c>--token</c> (also <c>-token</c>, <c>/token</c>, and each time it is repeated), what is attached to the name
/// (<c>--token=VALUE</c>, <c>--token:VALUE</c>, <c>/token:VALUE</c>; with nothing attached, as in
/// <c>--token= VALUE</c>, the next word), and what is attached to an unknown option (<c>/tokn:VALUE</c>). Found before
/// and apart from parsing, so a value the parser rejects, takes as a target or lets a later one override is still
/// known: usage errors mask these words, and <c>last-run.json</c> records the command line without them.
/// </summary>
internal sealed class SecretArguments
{
    private readonly List<string> _values;

    private SecretArguments(IReadOnlyList<string> masked, List<string> values)
    {
        Masked = masked;
        // Longest first, so a value that contains another is masked whole.
        _values = [.. values.Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length)];
    }

    /// <summary>A command line with no secret parameters.</summary>
    public static SecretArguments None { get; } = new([], []);

    /// <summary>The command line with every word (or attached part) that may hold a secret replaced by <c>***</c>.</summary>
    public IReadOnlyList<string> Masked { get; }

    public static SecretArguments Find(IReadOnlyList<string> args, IReadOnlyList<ParameterDescriptor> parameters)
    {
        var secrets = parameters.Where(p => p.IsSecret).ToList();
        var masked = args.ToList();
        var values = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var word = args[i];
            var prefixLength = word.StartsWith("--", StringComparison.Ordinal) ? 2 : word.StartsWith('-') || word.StartsWith('/') ? 1 : 0;
            if (prefixLength == 0)
            {
                continue;
            }

            var nameLength = word.AsSpan(prefixLength).IndexOfAnyExcept(CommandLineParser.OptionNameCharacters);
            var end = nameLength < 0 ? word.Length : prefixLength + nameLength;
            var name = word[prefixLength..end];
            if (secrets.FirstOrDefault(p => Naming.Matches(p.Name, name) || Naming.Matches(p.MemberName, name)) is not { } parameter)
            {
                // An unknown option (a mistyped `--tokn:VALUE`, `/tokn:VALUE`) may be a secret's name too, so what is
                // attached after '=' or ':' is masked; the run cannot go on with such a word, so nothing else is lost.
                // Other separators are left alone, so that a path (`--root /does/not/exist`) stays readable.
                if (end + 1 < word.Length && word[end] is '=' or ':' && word[(end + 1)..].Trim().Length > 0 && !CommandLineParser.IsKnownOption(word, parameters))
                {
                    values.Add(word[(end + 1)..]);
                    masked[i] = word[..(end + 1)] + SecretMasker.Mask;
                }

                continue;
            }

            // Attached after one separator character: '=', ':' or any other after a dash; after a slash only '=' or
            // ':' (`/token:VALUE`): `/token/cache` is a path, not this option.
            if (end < word.Length)
            {
                if (word[0] != '-' && word[end] is not ('=' or ':'))
                {
                    continue;
                }

                var attached = word[(end + 1)..];
                if (attached.Trim().Length > 0)
                {
                    values.Add(attached);
                    values.Add(attached.Trim());
                    masked[i] = word[..(end + 1)] + SecretMasker.Mask;
                    continue;
                }
            }

            if (parameter.IsFlag)
            {
                // A flag takes no following word as its value unless it reads true/false: nothing secret follows.
                continue;
            }

            // The following word, even one that looks like an option (a secret may start with '-') unless the parser
            // knows it; for an array, every word up to the next option.
            var j = i + 1;
            while (j < args.Count && (j == i + 1 ? !CommandLineParser.IsKnownOption(args[j], parameters) : parameter.IsArray && !CommandLineParser.IsOption(args[j])))
            {
                values.Add(args[j]);
                masked[j] = SecretMasker.Mask;
                j++;
            }

            i = j - 1;
        }

        return values.Count == 0 ? new SecretArguments(args, values) : new SecretArguments(masked, values);
    }

    /// <summary>Masks these words in <paramref name="text"/> (a usage error). A value shorter than a secret can be is
    /// masked only where it stands as a word of its own (between spaces or quotes, or after '=', ':' or '/'), so that
    /// it cannot hide part of another word: a value '-' leaves '--token' alone.</summary>
    public string Apply(string text)
    {
        foreach (var value in _values.Where(v => v.Length > 0))
        {
            text = value.Length >= SecretMasker.MinimumLength
                ? text.Replace(value, SecretMasker.Mask, StringComparison.Ordinal)
                : Regex.Replace(text, $@"(?<=^|[\s'""=:/]){Regex.Escape(value)}(?=$|[\s'"",.;])", SecretMasker.Mask, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return text;
    }
}
