namespace Automation.Tests.Support;

/// <summary>
/// Records a build's output and says when <paramref name="marker"/> has been written (BuildOutput flushes after each
/// write), so a target can wait for what the engine shows instead of sleeping.
/// </summary>
public sealed class WatchingWriter(string marker, TaskCompletionSource seen) : StringWriter(System.Globalization.CultureInfo.InvariantCulture)
{
    public override void Flush()
    {
        base.Flush();
        if (GetStringBuilder().ToString().Contains(marker, StringComparison.Ordinal))
        {
            seen.TrySetResult();
        }
    }
}
