using System.Globalization;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Automation.Versioning.Configuration;

/// <summary>Reads the <c>ignore:</c> mapping (<c>sha:</c> and <c>commits-before:</c>).</summary>
internal static class IgnoreConfigurationReader
{
    private static readonly Regex Sha = new("^[0-9a-fA-F]{4,40}$", RegexOptions.CultureInvariant);

    public static IgnoreConfiguration Read(YamlNode node, YamlValues read, List<string> warnings)
    {
        var ignore = new IgnoreConfiguration();
        foreach (var (keyNode, value) in read.Map(node, "ignore").Children)
        {
            var key = read.Text(keyNode, "ignore");
            switch (key)
            {
                case "sha":
                    ignore = ignore with { Shas = Shas(value, read) };
                    break;
                case "commits-before":
                    ignore = ignore with { Before = Date(value, read) };
                    break;
                case "paths":
                    warnings.Add($"{read.Where(keyNode)}: 'ignore.paths' is a GitVersion setting this engine does not support; it is ignored (list the commits under 'ignore.sha' instead).");
                    break;
                default:
                    warnings.Add(BranchConfigurationReader.Unknown(read, keyNode, "ignore." + key));
                    break;
            }
        }

        return ignore;
    }

    private static List<string> Shas(YamlNode value, YamlValues read)
    {
        var shas = read.List(value, "ignore.sha");
        foreach (var sha in shas)
        {
            if (!Sha.IsMatch(sha))
            {
                throw new VersioningException($"{read.Where(value)}: 'ignore.sha' lists '{sha}', which is not a commit sha; write the full sha (or at least its first 4 hex digits), as 'git log --format=%H' prints it.");
            }
        }

        return shas;
    }

    private static DateTimeOffset? Date(YamlNode value, YamlValues read)
    {
        var text = read.String(value, "ignore.commits-before");
        if (text is null)
        {
            return null;
        }

        // Without an offset the date is UTC, so the result does not depend on the machine's time zone.
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : throw new VersioningException($"{read.Where(value)}: 'ignore.commits-before' is '{text}', which is not a date; write it as yyyy-MM-ddTHH:mm:ss (e.g. 2024-01-31T00:00:00), optionally with an offset (Z, +02:00).");
    }
}
