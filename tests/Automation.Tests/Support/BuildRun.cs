using System.Text.RegularExpressions;

namespace Automation.Tests.Support;

/// <summary>The outcome of an in-process build: exit code, console output, and what its actions recorded.</summary>
public sealed partial record BuildRun(int ExitCode, string Output, IReadOnlyList<string> Trace, string? Log)
{
    /// <summary>Target name → status text from the summary table (<c>Skipped (--skip)</c>).</summary>
    public IReadOnlyDictionary<string, string> Statuses =>
        SummaryRow().Matches(Output).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["status"].Value.Trim());

    public string Status(string target) =>
        Statuses.TryGetValue(target, out var status) ? status : throw new KeyNotFoundException($"No summary row for '{target}' in:\n{Output}");

    [GeneratedRegex(@"^(?<name>[a-z0-9-]+) {3,}(?<status>Skipped \(.*?\)|Succeeded|Failed|Skipped|NotRun|Aborted|Collective|UpToDate)(?= {3}| *$)", RegexOptions.Multiline)]
    private static partial Regex SummaryRow();
}
