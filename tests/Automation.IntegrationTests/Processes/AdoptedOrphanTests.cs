using System.Globalization;
using Automation.IntegrationTests.Sample;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Processes;

/// <summary>
/// The build adopts the orphans of its commands (it is a child subreaper): one that ends while the build still runs is
/// collected, not left a zombie of the build (a deploy hook polling <c>kill -0</c> for the old app would wait forever).
/// Ordered with FIFOs: the orphan ends when the test writes to one, the build when the test writes to the other.
/// </summary>
[Collection(SampleCollection.Name)]
public sealed class AdoptedOrphanTests(TreeSampleRepository sample)
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(30);

    [LinuxFact]
    public async Task An_adopted_orphan_that_ends_is_not_left_a_zombie_of_the_running_build()
    {
        await sample.CreateAdoptFifosAsync();
        using var build = sample.Start(["adopt"], []);
        EscapingTree.Member? orphan = null;
        try
        {
            var line = await build.WaitForLineAsync(l => l.StartsWith("adopt orphan ", StringComparison.Ordinal), StepTimeout);
            var pid = int.Parse(line["adopt orphan ".Length..].Trim(), CultureInfo.InvariantCulture);
            await build.WaitForLineAsync(l => l == "adopt waiting", StepTimeout);
            var (parent, startTime) = Stat(pid);
            orphan = new EscapingTree.Member("orphan", pid, startTime);
            Assert.True(parent == build.Id, $"The orphan {pid} has parent {parent}, not the build {build.Id}: it was not adopted.");

            await WriteAsync(sample.AdoptFifo("release"));
            await EscapingTree.AssertGoneAsync([orphan], TimeSpan.FromSeconds(5), build.Id);
            Assert.True(Stat(build.Id).Parent > 0, "The build ended before the orphan was checked.");

            await WriteAsync(sample.AdoptFifo("done"));
            (await build.WaitForExitAsync(StepTimeout)).AssertExitCode(0);
        }
        finally
        {
            EscapingTree.KillSurvivors(orphan is null ? [] : [orphan]);
        }
    }

    // Opening a FIFO for writing waits for its reader: the latch the sample's command waits on.
    private static Task WriteAsync(string fifo) =>
        Task.Run(() => File.WriteAllText(fifo, "go\n")).WaitAsync(StepTimeout);

    private static (int Parent, long StartTime) Stat(int pid)
    {
        var text = File.ReadAllText($"/proc/{pid}/stat");
        var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
        return (int.Parse(fields[1], CultureInfo.InvariantCulture), long.Parse(fields[19], CultureInfo.InvariantCulture));
    }
}
