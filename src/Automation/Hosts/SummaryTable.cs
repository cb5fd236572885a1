using System.Globalization;
using Automation.Execution;

namespace Automation.Hosts;

/// <summary>The summary at the end of a build: a table of targets, then <c>Build succeeded in 1.2 s</c> and the <c>Tests:</c> line.</summary>
internal static class SummaryTable
{
    public static void Write(TextWriter writer, BuildResult result, Func<string, Style, string> paint)
    {
        var rows = result.Targets
            .Select(t => (t.Name, Status: StatusText(t), t.Status, Duration: t.Duration is { } d ? FormatDuration(d) : string.Empty, Notes: string.Join("; ", t.Notes)))
            .ToList();
        var nameWidth = Math.Max("Target".Length, rows.Select(r => r.Name.Length).DefaultIfEmpty().Max());
        var statusWidth = Math.Max("Status".Length, rows.Select(r => r.Status.Length).DefaultIfEmpty().Max());
        var durationWidth = Math.Max("Duration".Length, rows.Select(r => r.Duration.Length).DefaultIfEmpty().Max());
        var ruleWidth = nameWidth + statusWidth + durationWidth + 6;

        writer.WriteLine(new string('═', ruleWidth));
        writer.WriteLine($"{Pad("Target", nameWidth)}   {Pad("Status", statusWidth)}   {"Duration".PadLeft(durationWidth)}   Notes".TrimEnd());
        writer.WriteLine(new string('─', ruleWidth));
        foreach (var row in rows)
        {
            var status = paint(Pad(row.Status, statusWidth), StyleOf(row.Item3));
            writer.WriteLine($"{Pad(row.Name, nameWidth)}   {status}   {row.Duration.PadLeft(durationWidth)}   {row.Notes}".TrimEnd());
        }

        writer.WriteLine(new string('─', ruleWidth));
        writer.WriteLine($"{Pad("Total", nameWidth)}   {Pad(string.Empty, statusWidth)}   {FormatDuration(result.Duration).PadLeft(durationWidth)}".TrimEnd());
        writer.WriteLine(new string('═', ruleWidth));
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
            ? paint($"Build interrupted after {seconds} s", Style.Error)
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

    private static string Pad(string text, int width) => text.PadRight(width);

    private static Style StyleOf(TargetStatus status) => status switch
    {
        TargetStatus.Succeeded or TargetStatus.Collective => Style.Success,
        TargetStatus.Failed or TargetStatus.Aborted => Style.Error,
        TargetStatus.Skipped => Style.Skipped,
        _ => Style.Warning,
    };
}
