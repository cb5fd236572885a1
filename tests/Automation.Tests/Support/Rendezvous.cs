namespace Automation.Tests.Support;

/// <summary>
/// Holds each of <c>count</c> participants until all of them have arrived, so a test knows they ran at the same time
/// from the order of events, not from how long anything slept. Later arrivals pass straight through. The timeout only
/// bounds a hang: when the engine never runs the participants together, the waiting one fails, naming who arrived.
/// </summary>
public sealed class Rendezvous(int count)
{
    /// <summary>How long a participant waits for the others before the test fails; generous, it is never reached when all goes well.</summary>
    public static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    private readonly TaskCompletionSource _complete = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _arrived = [];

    public async Task ArriveAsync(string name)
    {
        lock (_arrived)
        {
            _arrived.Add(name);
            if (_arrived.Count == count)
            {
                _complete.TrySetResult();
            }
        }

        try
        {
            await _complete.Task.WaitAsync(HangLimit);
        }
        catch (TimeoutException)
        {
            string arrived;
            lock (_arrived)
            {
                arrived = string.Join(", ", _arrived);
            }

            throw new Xunit.Sdk.XunitException($"Expected {count} to run at the same time, but within {HangLimit.TotalSeconds} s only these arrived: {arrived}.");
        }
    }
}
