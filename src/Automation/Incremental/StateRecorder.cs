using Automation.Hosts;
using Automation.Targets;

namespace Automation.Incremental;

/// <summary>
/// Keeps a target's state file in step with one run of it: forgotten when it starts, written when it succeeds.
/// State is a cache, so a file that cannot be written is a warning (the target runs next time), never a failure.
/// </summary>
internal sealed class StateRecorder(UpToDateChecker checker, ExecutableTarget target, TargetState started, BuildOutput output)
{
    public void Invalidate() => Try(() => checker.Invalidate(target), "forget");

    public void Record() => Try(() => checker.Record(target, started), "record");

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
