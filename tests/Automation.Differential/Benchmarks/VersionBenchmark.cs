using System.Diagnostics;
using Automation.Differential.Histories;
using Automation.Differential.Oracle;

namespace Automation.Differential.Benchmarks;

/// <summary>
/// Both engines' times on the benchmark histories, per branch: ours through <c>VersionCalculator</c> in this process
/// (warmed up once), GitVersion as the program it is (<c>dotnet gitversion.dll /nocache</c>); the median of the runs.
/// A GitVersion run that outlasts the time limit is stopped and shown as "&gt; limit" (its ratio as an upper bound), so
/// the table always completes on a slow or loaded machine.
/// </summary>
public static class VersionBenchmark
{
    public static async Task<int> RunAsync(GitVersionOracle oracle, int runs, TimeSpan limit, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(oracle);
        ArgumentNullException.ThrowIfNull(output);
        var work = Directory.CreateTempSubdirectory("gitversion-benchmark-").FullName;
        try
        {
            var large = Path.Combine(work, "large");
            await HistoryRepository.CreateAsync(BenchmarkHistories.TenThousandCommits(), large);
            var release = (await HistoryRepository.GitAsync(large, null, CancellationToken.None, "for-each-ref", "--sort=-committerdate", "--count=1", "--format=%(refname:short)", "refs/heads/release")).Trim();
            var merges = Path.Combine(work, "merges");
            await HistoryRepository.CreateAsync(BenchmarkHistories.TwoThousandMerges(), merges);
            await output.WriteLineAsync(FormattableString.Invariant($"load average before: {LoadAverage()}; GitVersion time limit {limit.TotalSeconds:F0} s per run"));
            await output.WriteLineAsync($"{"repository / branch",-40} {"ours",9} {"GitVersion",11} {"ratio",7}  FullSemVer (ours | GitVersion)");
            foreach (var (repository, branch) in new[] { (large, "main"), (large, "develop"), (large, "feature/large"), (large, release), (large, "behind"), (merges, "main") })
            {
                await HistoryRepository.GitAsync(repository, null, CancellationToken.None, "checkout", "-q", "-f", branch);
                var ours = Measure(runs, _ => Task.FromResult(OurEngine.Run(repository)), warmUp: true, Timeout.InfiniteTimeSpan);
                var theirs = Measure(runs, token => oracle.RunAsync(repository, token), warmUp: false, limit);
                var label = $"{Path.GetFileName(repository)} / {branch}";
                var stopped = theirs.Answer is null;
                var theirTime = FormattableString.Invariant($"{(stopped ? ">" : string.Empty)}{theirs.Median.TotalSeconds:F3}s");
                var ratio = FormattableString.Invariant($"{(stopped ? "<" : string.Empty)}{ours.Median / theirs.Median:F3}");
                var theirVersion = theirs.Answer is null ? "(stopped)" : theirs.Answer["FullSemVer"] ?? theirs.Answer.Error;
                await output.WriteLineAsync(FormattableString.Invariant(
                    $"{label,-40} {ours.Median.TotalSeconds,8:F3}s {theirTime,11} {ratio,7}  {ours.Answer!["FullSemVer"] ?? ours.Answer.Error} | {theirVersion}"));
            }

            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>The median time of the runs and the last answer; a null answer when a run hit the limit (then its time is the limit and no more runs follow).</summary>
    private static (TimeSpan Median, EngineAnswer? Answer) Measure(int runs, Func<CancellationToken, Task<EngineAnswer>> run, bool warmUp, TimeSpan limit)
    {
        var answer = warmUp ? run(CancellationToken.None).GetAwaiter().GetResult() : null;
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            using var timeout = new CancellationTokenSource(limit);
            var clock = Stopwatch.StartNew();
            try
            {
                answer = run(timeout.Token).GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                return (limit, null);
            }

            times.Add(clock.Elapsed);
        }

        return (times.Order().ElementAt(times.Count / 2), answer);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
