namespace Automation.Testing;

/// <summary>One scripted answer of a <see cref="CommandRecorder"/>: which commands it matches, what it answers, and whether it answers more than once.</summary>
internal sealed class CommandScript(Func<RecordedCommand, bool> matches, Func<RecordedCommand, ProcessReply> answer, bool repeat)
{
    private bool _used;

    /// <summary>The reply to a command this script took.</summary>
    public ProcessReply Answer(RecordedCommand command) => answer(command);

    /// <summary>Whether it answers <paramref name="command"/>; a script that does not repeat answers only its first match.</summary>
    public bool TryTake(RecordedCommand command)
    {
        if ((_used && !repeat) || !matches(command))
        {
            return false;
        }

        _used = true;
        return true;
    }
}
