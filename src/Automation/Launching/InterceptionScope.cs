namespace Automation.Launching;

/// <summary>The scope of <see cref="ProcessLauncher.Intercept"/>: disposing it puts back the interceptor that was in scope before.</summary>
internal sealed class InterceptionScope(Action restore) : IDisposable
{
    private int _disposed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            restore();
        }
    }
}
