namespace Automation.Core;

/// <summary>
/// The one place the engine blocks on asynchronous work: where a synchronous API must hand back what only async work
/// gives (NUKE's synchronous models and target helpers, a build's <c>Main</c>). Blocking is safe there because a build
/// has no synchronization context (a console program; the awaited work continues on the thread pool, never on the
/// waiting thread), and the waiting thread is one that has nothing else to do: the build's entry point, the session
/// while the build starts, or a synchronous target body, which runs on a thread of its own.
/// </summary>
internal static class SynchronousWait
{
    /// <summary>Waits for <paramref name="task"/> and returns its result; its exception is rethrown as it is (not wrapped).</summary>
    /// <param name="task">The work to wait for.</param>
    /// <param name="reason">Why this caller cannot await (which synchronous API it serves), for the reader of the call.</param>
    public static T For<T>(Task<T> task, string reason)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
#pragma warning disable VSTHRD002 // Avoid problematic synchronous waits: safe in a build, as the type's summary says.
        return task.GetAwaiter().GetResult();
#pragma warning restore VSTHRD002
    }

    /// <summary>Waits for <paramref name="task"/>; its exception is rethrown as it is (not wrapped).</summary>
    /// <param name="task">The work to wait for.</param>
    /// <param name="reason">Why this caller cannot await (which synchronous API it serves), for the reader of the call.</param>
    public static void For(Task task, string reason)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
#pragma warning disable VSTHRD002 // Avoid problematic synchronous waits: safe in a build, as the type's summary says.
        task.GetAwaiter().GetResult();
#pragma warning restore VSTHRD002
    }
}
