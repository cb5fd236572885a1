using System.Globalization;

namespace Automation.Versioning.Git;

/// <summary>Parses the output of the engine's <c>git log</c> and <c>git for-each-ref</c> calls.</summary>
internal static class GitOutputParser
{
    /// <summary>The <c>git log</c> format: sha, parents, committer time, raw message; records end with NUL (<c>-z</c>).</summary>
    public const string LogFormat = "--format=%H%x1f%P%x1f%ct%x1f%B";

    /// <summary>The <c>git for-each-ref</c> format: type, object, peeled type, peeled object, ref name.</summary>
    public const string RefFormat = "--format=%(objecttype)%09%(objectname)%09%(*objecttype)%09%(*objectname)%09%(refname)";

    /// <summary>Parses <c>git log -z</c> output in <see cref="LogFormat"/>.</summary>
    public static List<GitCommit> ParseLog(string output)
    {
        var commits = new List<GitCommit>();
        foreach (var record in output.Split('\0'))
        {
            var text = record.TrimStart('\n');
            if (text.Length == 0)
            {
                continue;
            }

            var fields = text.Split('\u001f', 4);
            if (fields.Length < 4)
            {
                continue;
            }

            var parents = fields[1].Length == 0 ? [] : fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var when = long.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? seconds : 0;
            commits.Add(new GitCommit(fields[0], parents, when, fields[3].TrimEnd('\n')));
        }

        return commits;
    }

    /// <summary>One reference: its full name and the commit it points at once peeled (null when not a commit).</summary>
    public sealed record Reference(string Name, string? Commit);

    /// <summary>Parses <c>git for-each-ref</c> output in <see cref="RefFormat"/>.</summary>
    public static List<Reference> ParseRefs(string output)
    {
        var references = new List<Reference>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split('\t');
            if (fields.Length < 5)
            {
                continue;
            }

            var commit = fields[0] == "commit" ? fields[1] : fields[2] == "commit" ? fields[3] : null;
            references.Add(new Reference(fields[4], commit));
        }

        return references;
    }
}
