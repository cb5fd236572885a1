using Automation.Differential.Histories;
using Automation.Differential.Oracle;

namespace Automation.Differential.Comparison;

/// <summary>Generates the histories of a seed range, versions each with both engines (several at once) and compares.</summary>
public static class DifferentialRun
{
    public static async Task<IReadOnlyList<HistoryCase>> RunAsync(GitVersionOracle oracle, IEnumerable<int> seeds, int parallelism, bool trunkBased = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(oracle);
        var work = Directory.CreateTempSubdirectory("gitversion-differential-").FullName;
        try
        {
            var cases = new System.Collections.Concurrent.ConcurrentBag<HistoryCase>();
            await Parallel.ForEachAsync(seeds, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (seed, token) => cases.Add(await RunOneAsync(oracle, seed, Path.Combine(work, $"seed-{seed}"), trunkBased, token).ConfigureAwait(false))).ConfigureAwait(false);
            return [.. cases.OrderBy(result => result.History.Seed)];
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    public static async Task<HistoryCase> RunOneAsync(GitVersionOracle oracle, int seed, string directory, bool trunkBased = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(oracle);
        var history = HistoryGenerator.Generate(seed, trunkBased);
        await HistoryRepository.CreateAsync(history, directory, cancellationToken).ConfigureAwait(false);
        var ours = OurEngine.Run(directory);
        var theirs = await oracle.RunAsync(directory, cancellationToken).ConfigureAwait(false);
        return new HistoryCase(history, ours, theirs, Comparer.Compare(ours, theirs));
    }
}
