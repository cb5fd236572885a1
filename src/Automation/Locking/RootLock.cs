using Automation.Incremental;

namespace Automation.Locking;

/// <summary>
/// One build at a time per repository root: an exclusive lock on <c>.nuke/temp/build.lock</c>, held by the open file
/// itself, so the operating system releases it when the build ends however it ends (a killed build leaves nothing to
/// clean up, and no process id has to be guessed stale). Who holds it is written beside it, in
/// <c>build.lock.json</c>, for the builds that wait. A build that the holder runs through its commands (a target
/// calling <c>./build.sh</c> in the same root) inherits the holder's token in <see cref="Variable"/> and goes on
/// under the holder's lock instead of waiting for its own parent.
/// </summary>
/// <param name="variables">The build's environment: the tokens of the locks its parent builds hold.</param>
internal sealed class RootLock(IReadOnlyDictionary<string, string> variables) : IDisposable
{
    /// <summary>The tokens of the locks held by the builds a command runs under, comma-separated.</summary>
    public const string Variable = "AUTOMATION_ROOT_LOCKS";

    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromSeconds(1);

    private readonly string[] _inherited = variables.TryGetValue(Variable, out var tokens) ? tokens.Split(',', StringSplitOptions.RemoveEmptyEntries) : [];
    private FileStream? _file;
    private AbsolutePath? _holderPath;
    private string? _token;

    /// <summary>What every command of this build gets in its environment: the inherited tokens and this lock's own.</summary>
    public IReadOnlyDictionary<string, string?> CommandVariables =>
        _token is null ? new Dictionary<string, string?>() : new Dictionary<string, string?> { [Variable] = string.Join(',', [.. _inherited, _token]) };

    /// <summary>Takes the lock, waiting while another build holds it when <paramref name="wait"/> is true;
    /// <paramref name="waiting"/> is told once who it waits for. An interrupt while waiting throws
    /// <see cref="OperationCanceledException"/>.</summary>
    public async Task<LockAttempt> TakeAsync(AbsolutePath root, LockHolder self, bool wait, Action<LockAttempt> waiting, CancellationToken interrupt)
    {
        var attempt = TryTake(root, self);
        if (attempt.Outcome != LockOutcome.Busy || !wait)
        {
            return attempt;
        }

        waiting(attempt);
        // Polled: .NET has no blocking wait for a file lock. Quick at first (a build often ends soon after another
        // starts), then at most once a second.
        for (var delay = FirstPoll; attempt.Outcome == LockOutcome.Busy; delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestPoll.Ticks)))
        {
            await Task.Delay(delay, interrupt).ConfigureAwait(false);
            attempt = TryTake(root, self);
        }

        return attempt;
    }

    /// <summary>Takes the lock if it is free, without waiting.</summary>
    public LockAttempt TryTake(AbsolutePath root, LockHolder self)
    {
        var layout = new NukeLayout(root);
        var holderPath = layout.LockHolderFile;
        try
        {
            Directory.CreateDirectory(layout.TemporaryDirectory);
            _file = new FileStream(layout.LockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException exception) when (IsHeldElsewhere(exception))
        {
            var (holder, _) = StateFile.Read(holderPath, LockJsonContext.Default.LockHolder);
            return new LockAttempt(holder is not null && _inherited.Contains(holder.Token, StringComparer.Ordinal) ? LockOutcome.Inherited : LockOutcome.Busy, holder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new LockAttempt(LockOutcome.Unusable, Problem: exception.Message);
        }

        try
        {
            StateFile.Write(holderPath, self, LockJsonContext.Default.LockHolder);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Without the record, a build this one runs could not prove it runs under this lock and would wait for its
            // own parent for ever: better no lock than a deadlock.
            Dispose();
            return new LockAttempt(LockOutcome.Unusable, Problem: exception.Message);
        }

        (_holderPath, _token) = (holderPath, self.Token);
        return new LockAttempt(LockOutcome.Held, self);
    }

    /// <summary>Releases the lock. The lock file stays: deleting it would let a build that opened it before the delete
    /// and one that creates it afresh both hold "the" lock.</summary>
    public void Dispose()
    {
        if (_holderPath is not null)
        {
            try
            {
                StateFile.Delete(_holderPath);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The next holder replaces it; a waiter meanwhile names a build that has ended.
            }
        }

        _file?.Dispose();
        (_file, _holderPath, _token) = (null, null, null);
    }

    // .NET reports a file locked by another open as a sharing violation: on Windows by its HRESULT, on Unix with flock's
    // errno EWOULDBLOCK as the HResult (11 on Linux, 35 on macOS and the BSDs).
    private static bool IsHeldElsewhere(IOException exception) =>
        OperatingSystem.IsWindows() ? (exception.HResult & 0xFFFF) is 32 or 33 : exception.HResult == (OperatingSystem.IsLinux() ? 11 : 35);
}
