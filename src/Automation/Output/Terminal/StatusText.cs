using System.Text;

namespace Automation.Output.Terminal;

/// <summary>
/// The text of a parallel run's live status, fitted to the terminal's width so that it never wraps:
/// <c>▶ running: compile (12.3 s), unit-test (4.1 s) · 3 of 9 done</c>. When it is too wide, the list of running
/// targets is cut short (ending in <c>…</c>) and the count stays; on a very narrow terminal the whole line is cut.
/// </summary>
internal static class StatusText
{
    private const string Ellipsis = "…";

    /// <param name="running">The running targets, in the order they started, with how long each has run.</param>
    /// <param name="done">How many targets of the plan have ended (run, skipped or not run).</param>
    /// <param name="total">How many targets the plan holds.</param>
    /// <param name="width">The terminal's width in columns; the text takes at most one column less, since writing
    /// the last column makes some terminals wrap.</param>
    public static string Format(IReadOnlyList<(string Name, TimeSpan Elapsed)> running, int done, int total, int width)
    {
        var count = $"{done} of {total} done";
        var list = new StringBuilder("▶ ");
        if (running.Count > 0)
        {
            list.Append("running: ").AppendJoin(", ", running.Select(r => $"{r.Name} ({SummaryTable.FormatDuration(r.Elapsed)})")).Append(" · ");
        }

        var max = width - 1;
        if (list.Length + count.Length <= max)
        {
            return list + count;
        }

        // Cut the list, not the count: how far the build has come is what a narrow terminal should still show.
        var suffix = " · " + count;
        var room = max - suffix.Length - Ellipsis.Length;
        if (running.Count > 0 && room >= "▶ running:".Length)
        {
            return list.ToString(0, room).TrimEnd() + Ellipsis + suffix;
        }

        var whole = list + count;
        return max <= Ellipsis.Length ? string.Empty : whole[..(max - Ellipsis.Length)] + Ellipsis;
    }
}
