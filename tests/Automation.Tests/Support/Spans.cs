namespace Automation.Tests.Support;

/// <summary>
/// Records in the <see cref="Trace"/> when a test target's work starts and ends (<c>a start</c>, <c>a end</c>). The trace
/// keeps entries in the order they happened, so tests check what overlapped from that order, not from clock readings.
/// Spans that must overlap meet at a <see cref="Rendezvous"/> (<see cref="Meet"/>, <see cref="MeetFirst"/>) between
/// their start and end: they can only end once all of them have started.
/// </summary>
public static class Spans
{
    // Flows with the async context into the build's actions, so tests running at the same time never share it.
    private static readonly AsyncLocal<Meeting?> Current = new();

    /// <summary>Makes the spans named <paramref name="names"/> wait for each other in this test; other spans pass.</summary>
    public static void Meet(params string[] names) => Current.Value = new Meeting(new Rendezvous(names.Length), names.Contains);

    /// <summary>Makes the first <paramref name="count"/> spans to start in this test wait for each other.</summary>
    public static void MeetFirst(int count) => Current.Value = new Meeting(new Rendezvous(count), _ => true);

    /// <summary>Records the start, meets the others if this test says so, runs <paramref name="then"/>, records the end.</summary>
    public static async Task RunAsync(string name, Func<Task>? then = null)
    {
        Trace.Record($"{name} start");
        if (Current.Value is { } meeting && meeting.Includes(name))
        {
            await meeting.Place.ArriveAsync(name);
        }
        else
        {
            // Still asynchronous, as real work is: the rest of the span runs as a continuation.
            await Task.Yield();
        }

        if (then is not null)
        {
            await then();
        }

        Trace.Record($"{name} end");
    }

    /// <summary>Whether <paramref name="first"/> had ended before <paramref name="second"/> started.</summary>
    public static bool EndedBefore(IReadOnlyList<string> trace, string first, string second) =>
        Index(trace, $"{first} end") < Index(trace, $"{second} start");

    public static bool Overlapped(IReadOnlyList<string> trace, string first, string second) =>
        !EndedBefore(trace, first, second) && !EndedBefore(trace, second, first);

    /// <summary>The most spans that were running at the same moment.</summary>
    public static int MaxConcurrent(IReadOnlyList<string> trace)
    {
        int running = 0, most = 0;
        foreach (var entry in trace)
        {
            running += entry.EndsWith(" start", StringComparison.Ordinal) ? 1 : entry.EndsWith(" end", StringComparison.Ordinal) ? -1 : 0;
            most = Math.Max(most, running);
        }

        return most;
    }

    private static int Index(IReadOnlyList<string> trace, string entry)
    {
        var index = trace.ToList().IndexOf(entry);
        return index >= 0 ? index : throw new Xunit.Sdk.XunitException($"'{entry}' is not in the trace: {string.Join(", ", trace)}");
    }

    private sealed record Meeting(Rendezvous Place, Func<string, bool> Includes);
}
