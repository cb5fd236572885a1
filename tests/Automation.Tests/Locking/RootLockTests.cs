using Automation.Locking;
using Automation.Tests.Support;

namespace Automation.Tests.Locking;

/// <summary>
/// The root lock is an open file with exclusive sharing: a second open in the same root is refused (also within one
/// process), the holder is named to whoever is refused, and closing it frees the root.
/// </summary>
public sealed class RootLockTests : IDisposable
{
    private static readonly Dictionary<string, string> NoVariables = [];

    private readonly TestRepository _repository = new();

    private AbsolutePath Root => AbsolutePath.Create(_repository.Root);

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void A_second_lock_of_the_same_root_is_busy_and_names_the_holder_until_the_first_is_released()
    {
        var holder = Holder("pack --configuration Release");
        using var first = new RootLock(NoVariables);
        Assert.Equal(LockOutcome.Held, first.TryTake(Root, holder).Outcome);

        using var second = new RootLock(NoVariables);
        var refused = second.TryTake(Root, Holder("test"));

        Assert.Equal(LockOutcome.Busy, refused.Outcome);
        Assert.Equal(holder, refused.Holder);
        var started = new FixedTimeProvider().GetLocalNow().ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"the build started at {started} by PID {Environment.ProcessId} on {Environment.MachineName} (pack --configuration Release)", refused.HolderText);

        first.Dispose();
        Assert.Equal(LockOutcome.Held, second.TryTake(Root, Holder("test")).Outcome);
    }

    [Fact]
    public async Task A_waiting_lock_is_told_once_who_holds_it_and_is_taken_when_the_holder_releases_it()
    {
        using var first = new RootLock(NoVariables);
        first.TryTake(Root, Holder("pack"));
        using var second = new RootLock(NoVariables);
        var told = new List<LockAttempt>();
        var waitedFor = new TaskCompletionSource();

        var taking = second.TakeAsync(Root, Holder("test"), wait: true, attempt => { told.Add(attempt); waitedFor.SetResult(); }, CancellationToken.None);
        await waitedFor.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(taking.IsCompleted);
        first.Dispose();
        var taken = await taking.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(LockOutcome.Held, taken.Outcome);
        Assert.Equal("pack", Assert.Single(told).Holder?.CommandLine);
    }

    [Fact]
    public async Task An_interrupt_ends_the_wait()
    {
        using var first = new RootLock(NoVariables);
        first.TryTake(Root, Holder("pack"));
        using var second = new RootLock(NoVariables);
        using var interrupt = new CancellationTokenSource();

        var taking = second.TakeAsync(Root, Holder("test"), wait: true, _ => interrupt.Cancel(), interrupt.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => taking.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void A_build_started_by_the_holder_runs_under_its_lock_and_passes_the_token_on()
    {
        var holder = Holder("outer");
        using var parent = new RootLock(new Dictionary<string, string> { [RootLock.Variable] = "grandparent-token" });
        parent.TryTake(Root, holder);
        var variables = parent.CommandVariables.ToDictionary(v => v.Key, v => v.Value!);
        using var child = new RootLock(variables);

        var attempt = child.TryTake(Root, Holder("inner"));

        Assert.Equal("grandparent-token," + holder.Token, variables[RootLock.Variable]);
        Assert.Equal(LockOutcome.Inherited, attempt.Outcome);
        Assert.Empty(child.CommandVariables);
    }

    [Fact]
    public void A_token_of_another_lock_does_not_let_a_build_in()
    {
        using var holder = new RootLock(NoVariables);
        holder.TryTake(Root, Holder("pack"));
        using var stranger = new RootLock(new Dictionary<string, string> { [RootLock.Variable] = Holder("elsewhere").Token });

        Assert.Equal(LockOutcome.Busy, stranger.TryTake(Root, Holder("test")).Outcome);
    }

    [Fact]
    public void An_unusable_state_folder_gives_no_lock_and_says_why()
    {
        Directory.CreateDirectory(Path.Combine(_repository.Root, ".nuke", "temp", "build.lock"));
        using var rootLock = new RootLock(NoVariables);

        var attempt = rootLock.TryTake(Root, Holder("pack"));

        Assert.Equal(LockOutcome.Unusable, attempt.Outcome);
        Assert.Contains("build.lock", attempt.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Releasing_removes_the_holder_record_but_keeps_the_lock_file()
    {
        var rootLock = new RootLock(NoVariables);
        rootLock.TryTake(Root, Holder("pack"));
        var record = Path.Combine(_repository.Root, ".nuke", "temp", "build.lock.json");
        Assert.Contains("\"commandLine\": \"pack\"", File.ReadAllText(record), StringComparison.Ordinal);

        rootLock.Dispose();

        Assert.False(File.Exists(record));
        Assert.True(File.Exists(Path.Combine(_repository.Root, ".nuke", "temp", "build.lock")));
    }

    private static LockHolder Holder(string commandLine) =>
        LockHolder.ThisProcess(commandLine.Split(' '), new FixedTimeProvider());
}
