using System.Xml.Linq;

namespace Automation.Components;

/// <summary>
/// An InspectCode XML report (<c>&lt;Report&gt;&lt;IssueTypes&gt;…&lt;Issues&gt;&lt;Project&gt;&lt;Issue …/&gt;</c>): its
/// errors and warnings, each with its type's category and severity, ordered by file. Issues of lower severities
/// (suggestions, hints) are left out, as NUKE's <c>IReportIssues</c> leaves them.
/// </summary>
internal sealed class InspectCodeReport
{
    private InspectCodeReport(IReadOnlyList<InspectCodeIssue> issues) => Issues = issues;

    /// <summary>The errors and warnings, by file.</summary>
    public IReadOnlyList<InspectCodeIssue> Issues { get; }

    /// <summary>How many errors.</summary>
    public int Errors => Issues.Count(issue => issue.IsError);

    /// <summary>How many warnings.</summary>
    public int Warnings => Issues.Count(issue => !issue.IsError);

    /// <summary>Reads a report file.</summary>
    public static InspectCodeReport Read(string file)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"InspectCode wrote no report at {file}: see its output above.", file);
        }

        return Parse(XDocument.Load(file));
    }

    /// <summary>Reads a report.</summary>
    public static InspectCodeReport Parse(XDocument report)
    {
        var types = report.Descendants("IssueTypes").Elements("IssueType")
            .GroupBy(type => (string?)type.Attribute("Id") ?? string.Empty, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var issues = report.Descendants("Issues").Elements("Project").Elements("Issue")
            .Select(issue =>
            {
                var typeId = (string?)issue.Attribute("TypeId") ?? string.Empty;
                var type = types.GetValueOrDefault(typeId);
                // An issue may carry its own severity (a per-file override); else its type's.
                var severity = (string?)issue.Attribute("Severity") ?? (string?)type?.Attribute("Severity") ?? string.Empty;
                return new InspectCodeIssue(
                    typeId,
                    (string?)issue.Attribute("Message") ?? string.Empty,
                    (string?)issue.Attribute("File") ?? string.Empty,
                    (string?)issue.Attribute("Line") ?? "1",
                    severity,
                    (string?)type?.Attribute("CategoryId") ?? string.Empty);
            })
            .Where(issue => issue.Severity is nameof(ReSharperSeverity.ERROR) or nameof(ReSharperSeverity.WARNING))
            .OrderBy(issue => issue.File, StringComparer.Ordinal)
            .ToList();
        return new InspectCodeReport(issues);
    }

    /// <summary>The issues by category, then by type, most frequent first: <c>CodeSmell (3)</c>, <c>  2 UnusedVariable</c>.</summary>
    public IEnumerable<string> Summary()
    {
        var width = Issues.Count.ToString(System.Globalization.CultureInfo.InvariantCulture).Length + 2;
        foreach (var category in Issues.GroupBy(issue => issue.CategoryId, StringComparer.Ordinal).OrderBy(group => group.Key, StringComparer.Ordinal))
        {
            yield return $"{category.Key} ({category.Count()})";
            foreach (var type in category.GroupBy(issue => issue.TypeId, StringComparer.Ordinal).OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal))
            {
                yield return $"{type.Count().ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(width)} {type.Key}";
            }
        }
    }

    /// <summary>Why the report fails the build, or null when it does not.</summary>
    public string? FailureReason(bool failOnError, bool failOnWarning, IReadOnlyCollection<string> failOnIssues, IReadOnlyCollection<string> failOnCategories)
    {
        if (failOnError && Errors > 0)
        {
            return "errors fail the build";
        }

        if (failOnWarning && Warnings > 0)
        {
            return "warnings fail the build";
        }

        return Issues.FirstOrDefault(issue => failOnIssues.Contains(issue.TypeId) || failOnCategories.Contains(issue.CategoryId)) is { } issue
            ? $"{issue.TypeId} in {issue.CategoryId} fails the build"
            : null;
    }
}

/// <summary>One error or warning of an InspectCode report.</summary>
/// <param name="TypeId">The issue type (<c>UnusedVariable</c>).</param>
/// <param name="Message">What the issue says.</param>
/// <param name="File">The file, as the report names it.</param>
/// <param name="Line">The line.</param>
/// <param name="Severity"><c>ERROR</c> or <c>WARNING</c>.</param>
/// <param name="CategoryId">The type's category (<c>CodeSmell</c>).</param>
internal sealed record InspectCodeIssue(string TypeId, string Message, string File, string Line, string Severity, string CategoryId)
{
    /// <summary>Whether it is an error.</summary>
    public bool IsError => Severity == nameof(ReSharperSeverity.ERROR);
}
