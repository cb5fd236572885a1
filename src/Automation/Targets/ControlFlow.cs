namespace Automation;

/// <summary>NUKE's <c>ControlFlow</c>: fail, check, suppress errors or retry inside a target's action; warnings go to the running target.</summary>
public static class ControlFlow
{
    /// <summary>Fails the running target with a message.</summary>
    /// <param name="message">What went wrong.</param>
    /// <exception cref="InvalidOperationException">Always.</exception>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public static void Fail(string message) => Automation.Assert.Fail(message);

    /// <summary>Fails the running target with <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
    /// <param name="condition">What must hold.</param>
    /// <param name="message">The failure message.</param>
    public static void Assert([System.Diagnostics.CodeAnalysis.DoesNotReturnIf(false)] bool condition, string message) =>
        Automation.Assert.True(condition, message);

    /// <summary>Runs an action; an exception it throws becomes a warning (with <paramref name="logWarning"/>) instead of a failure.</summary>
    /// <param name="action">The action.</param>
    /// <param name="includeStackTrace">Add the exception's stack trace to the warning.</param>
    /// <param name="logWarning">Report the exception as a warning; false: silently.</param>
    public static void SuppressErrors(Action action, bool includeStackTrace = false, bool logWarning = true)
    {
        ArgumentNullException.ThrowIfNull(action);
        SuppressErrors<object?>(
            () =>
            {
                action();
                return null;
            },
            null,
            includeStackTrace,
            logWarning);
    }

    /// <summary>Computes a value; when that throws, warns (with <paramref name="logWarning"/>) and returns <paramref name="defaultValue"/>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="action">Computes the value.</param>
    /// <param name="defaultValue">The value when it throws.</param>
    /// <param name="includeStackTrace">Add the exception's stack trace to the warning.</param>
    /// <param name="logWarning">Report the exception as a warning; false: silently.</param>
    /// <returns>The value, or <paramref name="defaultValue"/>.</returns>
    public static T SuppressErrors<T>(Func<T> action, T defaultValue = default!, bool includeStackTrace = false, bool logWarning = true)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return action();
        }
        catch (Exception exception) when (exception is not OperationCanceledException and not OutOfMemoryException)
        {
            if (logWarning)
            {
                Warn(includeStackTrace ? exception.ToString() : $"{exception.GetType().Name}: {exception.Message}");
            }

            return defaultValue;
        }
    }

    /// <summary>
    /// Runs an action up to <paramref name="retryAttempts"/> times until it succeeds, warning about each failed
    /// attempt; the last attempt's exception fails the target.
    /// </summary>
    /// <param name="action">The action.</param>
    /// <param name="cleanup">Runs after each failed attempt, before the next.</param>
    /// <param name="retryAttempts">How many attempts in all (at least 1).</param>
    /// <param name="waitInSeconds">How long to wait between attempts; default: no wait.</param>
    public static void ExecuteWithRetry(Action action, Action? cleanup = null, int retryAttempts = 3, int? waitInSeconds = null)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentOutOfRangeException.ThrowIfLessThan(retryAttempts, 1);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                action();
                return;
            }
            catch (Exception exception) when (attempt < retryAttempts && exception is not OperationCanceledException and not OutOfMemoryException)
            {
                Warn($"Attempt {attempt} of {retryAttempts} failed ({exception.Message}); trying again.");
                cleanup?.Invoke();
                if (waitInSeconds is > 0)
                {
                    // Waits are short and user-chosen; the target's cancellation still ends them.
                    Core.SynchronousWait.For(
                        Task.Delay(TimeSpan.FromSeconds(waitInSeconds.Value), CurrentTarget.ContextOrNull?.CancellationToken ?? CancellationToken.None),
                        "NUKE's ExecuteWithRetry is synchronous");
                }
            }
        }
    }

    private static void Warn(string message) => CurrentTarget.Require(nameof(ControlFlow)).Warn(message);
}
