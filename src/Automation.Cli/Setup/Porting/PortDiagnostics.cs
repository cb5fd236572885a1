using System.Text.RegularExpressions;

namespace Automation.Cli.Setup.Porting;

/// <summary>
/// The compiler errors left in a ported NUKE build, grouped by error code and the name they are about (one group per
/// missing type or member however often it is used), each with the hint of docs/porting-from-nuke.md where one is known.
/// </summary>
internal sealed partial class PortDiagnostics
{
    private PortDiagnostics(IReadOnlyList<PortErrorGroup> groups) => Groups = groups;

    /// <summary>The groups, the most frequent first.</summary>
    public IReadOnlyList<PortErrorGroup> Groups { get; }

    /// <summary>How many distinct errors (file, line, column, code) the build reported.</summary>
    public int ErrorCount => Groups.Sum(g => g.Count);

    /// <summary>Whether every error is NuGet's (<c>NU1101</c>, …): restore failed and the compiler never ran.</summary>
    public bool RestoreFailed => Groups.Count > 0 && Groups.All(g => g.Code.StartsWith("NU", StringComparison.Ordinal));

    /// <summary>Reads the errors out of <c>dotnet build</c>'s output (MSBuild repeats each in its summary: counted once).</summary>
    public static PortDiagnostics Parse(string buildOutput, AbsolutePath root)
    {
        ArgumentNullException.ThrowIfNull(buildOutput);
        var errors = new HashSet<(string File, string Line, string Code, string Message)>();
        foreach (Match match in ErrorLine().Matches(buildOutput))
        {
            var file = match.Groups["file"].Value.Trim();
            if (root is not null && Path.IsPathRooted(file))
            {
                file = Path.GetRelativePath(root, file).Replace('\\', '/');
            }

            var message = ProjectSuffix().Replace(match.Groups["message"].Value.Trim(), string.Empty);
            if (message.StartsWith("- ", StringComparison.Ordinal))
            {
                // NuGet writes one error over several lines, each repeated as an error line: "- Found 3 version(s) …" continues the one before.
                continue;
            }

            errors.Add((file, match.Groups["line"].Value, match.Groups["code"].Value, message));
        }

        var groups = errors
            .GroupBy(e => (e.Code, Subject: Subject(e.Message)))
            .Select(g => new PortErrorGroup(
                g.Key.Code,
                g.Key.Subject,
                g.First().Message,
                g.Count(),
                g.Select(e => e.Line.Length > 0 ? $"{e.File}:{e.Line}" : e.File).Order(StringComparer.Ordinal).First(),
                PortHints.For(g.Key.Subject)))
            .OrderByDescending(g => g.Count)
            .ThenBy(g => g.Code, StringComparer.Ordinal)
            .ThenBy(g => g.Subject, StringComparer.Ordinal)
            .ToList();
        return new PortDiagnostics(groups);
    }

    /// <summary>The lines that list the groups (at most <paramref name="limit"/>, then how many more).</summary>
    public IEnumerable<string> Describe(int limit)
    {
        foreach (var group in Groups.Take(limit))
        {
            var hint = group.Hint is null ? string.Empty : $" → {group.Hint}";
            yield return $"  {group.Code} ×{group.Count} ({group.FirstLocation}): {group.Example}{hint}";
        }

        if (Groups.Count > limit)
        {
            var kinds = Groups.Count - limit;
            var errors = Groups.Skip(limit).Sum(g => g.Count);
            yield return $"  … and {kinds} more {(kinds == 1 ? "kind" : "kinds")} ({errors} {(errors == 1 ? "error" : "errors")}): ./build.sh shows them all.";
        }
    }

    // The name an error is about: the first quoted name (CS0246 'Solution'; CS0234 'HelmTasks' does not exist in the
    // namespace 'Automation' is about HelmTasks, not the namespace), except that CS0117/CS1061 'DotNetTasks' does not
    // contain 'X' is about X: the member, the last quoted name.
    private static string Subject(string message)
    {
        var names = QuotedName().Matches(message).Select(m => m.Groups[1].Value).ToList();
        if (names.Count == 0)
        {
            return message;
        }

        return message.Contains("does not contain", StringComparison.Ordinal) ? names[^1] : names[0];
    }

    [GeneratedRegex(@"^(?<file>[^\r\n]*?)(?:\((?<line>\d+),\d+\))?\s*:\s*error\s+(?<code>[A-Z]+\d+)\s*:\s*(?<message>[^\r\n]*)$", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"\s*\[[^\]]*\.csproj[^\]]*\]$")]
    private static partial Regex ProjectSuffix();

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedName();
}
