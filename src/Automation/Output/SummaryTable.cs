using System.Globalization;
using Automation.Outcomes;

namespace Automation.Output;

/// <summary>The summary at the end of a build: a table of targets, then <c>Build succeeded in 1.2 s</c> and the <c>Tests:</c> line.</summary>
internal static class SummaryTable
{
    public static void Write(TextWriter writer, BuildResult result, Func<string, Style, string> paint, bool closingLines = true)
    {
        var rows = result.Targets
            .Select(t => (t.Name, Status: StatusText(t), Style: StyleOf(t.Status), Duration: t.Duration is { } d ? FormatDuration(d) : string.Empty, Notes: NotesOf(t)))
            .ToList();
        var nameWidth = Math.Max("Target".Length, rows.Select(r => r.Name.Length).DefaultIfEmpty().Max());
        var statusWidth = Math.Max("Status".Length, rows.Select(r => r.Status.Length).DefaultIfEmpty().Max());
        var durationWidth = Math.Max("Duration".Length, rows.Select(r => r.Duration.Length).DefaultIfEmpty().Max());
        string Line(string name, string status, string duration, string notes) =>
            $"{name.PadRight(nameWidth)}   {status.PadRight(statusWidth)}   {duration.PadLeft(durationWidth)}   {notes}".TrimEnd();

        var header = Line("Target", "Status", "Duration", "Notes");
        var total = Line("Total", string.Empty, FormatDuration(result.Duration), string.Empty);
        var plainRows = rows.Select(r => Line(r.Name, r.Status, r.Duration, r.Notes)).ToList();
        var ruleWidth = plainRows.Append(header).Max(l => l.Length);

        writer.WriteLine(new string('═', ruleWidth));
        writer.WriteLine(header);
        writer.WriteLine(new string('─', ruleWidth));
        for (var i = 0; i < rows.Count; i++)
        {
            // Colour only the status word, so padding stays outside the escape sequences.
            var status = rows[i].Status;
            var at = nameWidth + 3;
            writer.WriteLine(plainRows[i][..at] + paint(status, rows[i].Style) + plainRows[i][(at + status.Length)..]);
        }

        writer.WriteLine(new string('─', ruleWidth));
        writer.WriteLine(total);
        writer.WriteLine(new string('═', ruleWidth));
        if (!closingLines)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine(ClosingLine(result, paint));
        if (result.Tests is { } tests)
        {
            writer.WriteLine($"Tests: {tests}");
        }
    }

    public static string ClosingLine(BuildResult result, Func<string, Style, string> paint)
    {
        var seconds = result.Duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
        return result.Interrupted
            ? paint($"Build failed in {seconds} s (interrupted)", Style.Error)
            : result.Succeeded
                ? paint($"Build succeeded in {seconds} s", Style.Success)
                : paint($"Build failed in {seconds} s", Style.Error);
    }

    public static string FormatDuration(TimeSpan duration) =>
        duration < TimeSpan.FromMinutes(1)
            ? duration.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) + " s"
            : ((int)duration.TotalMinutes).ToString(CultureInfo.InvariantCulture) + ":" + duration.Seconds.ToString("00", CultureInfo.InvariantCulture) + " min";

    private static string StatusText(TargetResult target) =>
        target.Status == TargetStatus.Skipped && target.SkipReason is { } reason ? $"Skipped ({reason})" : target.Status.ToString();

    private static string NotesOf(TargetResult target) =>
        string.Join("; ", (target.Tests is { } tests ? [tests.ToString()] : Array.Empty<string>()).Concat(target.Notes));

    private static Style StyleOf(TargetStatus status) => status switch
    {
        TargetStatus.Succeeded or TargetStatus.Collective or TargetStatus.UpToDate => Style.Success,
        TargetStatus.Failed or TargetStatus.Aborted => Style.Error,
        TargetStatus.Skipped => Style.Skipped,
        _ => Style.Warning,
    };
}
