namespace Automation.Tests.Support;

/// <summary>A clock that never moves, so durations are 0.0 s and output is the same on every run.</summary>
public sealed class FixedTimeProvider : TimeProvider
{
    public static readonly DateTimeOffset Now = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;

    public override long GetTimestamp() => 0;
}
