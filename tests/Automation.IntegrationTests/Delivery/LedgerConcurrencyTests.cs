using Automation.Components;
using Automation.IntegrationTests.Support;
using TestGit = Automation.IntegrationTests.Versioning.GitCli;

namespace Automation.IntegrationTests.Delivery;

/// <summary>The ledger in a real bare remote, written by two clones at once.</summary>
public sealed class LedgerConcurrencyTests : IDisposable
{
    private const int EventsPerWriter = 8;

    private readonly TempDirectory _directory = new("ledger");

    [LinuxFact]
    public async Task Two_clones_appending_at_once_lose_no_event()
    {
        var remote = _directory.PathOf("remote.git");
        Git(_directory.Root, "init", "--quiet", "--bare", remote);

        // The race made certain: the first push to arrive waits in the remote's pre-receive hook until the other
        // writer's push has landed, so its own update is refused and it must replay on the other's events.
        Hook(remote, "pre-receive", """
            if mkdir race-first 2>/dev/null; then
              i=0
              while [ ! -f race-overtaken ] && [ "$i" -lt 2400 ]; do sleep 0.05; i=$((i + 1)); done
            fi
            """);
        Hook(remote, "post-receive", "if [ -d race-first ]; then touch race-overtaken; fi\n");
        var clones = new[] { "alice", "bob" }.Select(name =>
        {
            var clone = _directory.PathOf(name);
            Git(_directory.Root, "clone", "--quiet", remote, clone);
            return clone;
        }).ToList();

        // Both writers start together (a latch, not a sleep), then append as fast as they can.
        using var start = new Barrier(clones.Count);
        await Task.WhenAll(clones.Select(clone => Task.Run(async () =>
        {
            start.SignalAndWait(TimeSpan.FromSeconds(30));
            var ledger = new DeliveryLedger(clone);
            for (var i = 0; i < EventsPerWriter; i++)
            {
                Assert.Equal(LedgerSync.Pushed, await ledger.AppendAsync(Event(Path.GetFileName(clone), i)));
            }
        })));

        Assert.True(File.Exists(Path.Combine(remote, "race-overtaken")), "one writer's push was overtaken by the other's");
        var reader = _directory.PathOf("reader");
        Git(_directory.Root, "clone", "--quiet", remote, reader);
        var ledgerOfReader = new DeliveryLedger(reader);
        Assert.Equal(LedgerSync.InSync, await ledgerOfReader.SyncAsync());
        var events = await ledgerOfReader.ReadAsync();
        Assert.Equal(2 * EventsPerWriter, events.Count);
        foreach (var who in new[] { "alice", "bob" })
        {
            // Each writer's events are all there, in the order it wrote them.
            Assert.Equal(Enumerable.Range(0, EventsPerWriter).Select(i => $"1.0.{i}"), events.Where(e => e.Who == who).Select(e => e.Version));
        }

        // Offline reading: the remote is gone, the ledger still reads.
        Directory.Delete(remote, recursive: true);
        Assert.Equal(LedgerSync.Offline, await ledgerOfReader.SyncAsync());
        Assert.Equal(2 * EventsPerWriter, (await ledgerOfReader.ReadAsync()).Count);
    }

    [LinuxFact]
    public async Task A_remote_that_refuses_the_push_keeps_the_events_local_without_retrying()
    {
        var remote = _directory.PathOf("protected.git");
        Git(_directory.Root, "init", "--quiet", "--bare", remote);
        Hook(remote, "pre-receive", "echo push >> attempts.log\necho 'ledger is protected' >&2\nexit 1\n");

        var clone = _directory.PathOf("reader-only");
        Git(_directory.Root, "clone", "--quiet", remote, clone);
        var ledger = new DeliveryLedger(clone);

        Assert.Equal(LedgerSync.PushRefused, await ledger.AppendAsync(Event("carol", 0)));

        // One refused push is enough to know (the remote did not move): no retry that cannot help.
        Assert.Equal(["push"], File.ReadAllLines(Path.Combine(remote, "attempts.log")));
        Assert.Equal("1.0.0", Assert.Single(await ledger.ReadAsync()).Version);
    }

    public void Dispose() => _directory.Dispose();

    private static void Hook(string bareRepository, string name, string script)
    {
        var hook = Path.Combine(bareRepository, "hooks", name);
        File.WriteAllText(hook, "#!/bin/sh\n" + script.ReplaceLineEndings("\n"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(hook, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static LedgerEvent Event(string who, int i) => new()
    {
        Kind = LedgerEventKinds.Stage,
        Version = $"1.0.{i}",
        Stage = "integration-test",
        Outcome = LedgerOutcomes.Succeeded,
        Who = who,
    };

    private static void Git(string directory, params string[] arguments)
    {
        var result = TestGit.Run(directory, arguments);
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {result.StandardError}");
    }
}
