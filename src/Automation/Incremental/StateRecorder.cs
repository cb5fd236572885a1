using Automation.Output;
using Automation.Targets;

namespace Automation.Incremental;

/// <summary>
/// Keeps a target's state file in step with one run of it: forgotten when it starts, written when it succeeds.
/// State is a cache, so a file that cannot be written is a warning (the target runs next time), never a failure.
/// </summary>
/// <param name="checker">Where state is kept.</param>
/// <param name="target">The target that runs.</param>
/// <param name="started">What the up-to-date check saw; null when the inputs could not be read, so that a success is
/// not recorded against inputs nobody hashed.</param>
/// <param name="output">Where a failure to keep state is reported.</param>
internal sealed class StateRecorder(UpToDateChecker checker, ExecutableTarget target, TargetState? started, BuildOutput output)
{
    public void Invalidate() => Try(() => checker.Invalidate(target), "forget");

    /// <summary>Records the success, with what the run reported: its notes and test counts.</summary>
    public void Record(IReadOnlyList<string> notes, TestCounts? tests)
    {
        if (started is not null)
        {
            IReadOnlyList<string> kept = tests is { } counts ? [counts.ToString(), .. notes] : notes;
            Try(() => checker.Record(target, started, kept), "record");
        }
    }

    private void Try(Action change, string verb)
    {
        try
        {
            change();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            output.Warning(new Annotation($"Could not {verb} the up-to-date state of '{target.Name}' in .nuke/temp/targets: {exception.Message}", Title: target.Name));
        }
    }
}
