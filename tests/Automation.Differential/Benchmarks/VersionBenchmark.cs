using System.Diagnostics;
using Automation.Differential.Histories;
using Automation.Differential.Oracle;

namespace Automation.Differential.Benchmarks;

/// <summary>
/// Both engines' times on the benchmark histories, per branch: ours through <c>VersionCalculator</c> in this process
/// (warmed up once), GitVersion as the program it is (<c>dotnet gitversion.dll /nocache</c>); the median of the runs.
/// </summary>
public static class VersionBenchmark
{
    public static async Task<int> RunAsync(GitVersionOracle oracle, int runs, TextWriter output)
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
            await output.WriteLineAsync($"{"repository / branch",-40} {"ours",9} {"GitVersion",11} {"ratio",7}  FullSemVer (ours | GitVersion)");
            foreach (var (repository, branch) in new[] { (large, "main"), (large, "develop"), (large, "feature/large"), (large, release), (large, "behind"), (merges, "main") })
            {
                await HistoryRepository.GitAsync(repository, null, CancellationToken.None, "checkout", "-q", "-f", branch);
                var ours = Measure(runs, () => Task.FromResult(OurEngine.Run(repository)), warmUp: true);
                var theirs = Measure(runs, () => oracle.RunAsync(repository), warmUp: false);
                var label = $"{Path.GetFileName(repository)} / {branch}";
                await output.WriteLineAsync(FormattableString.Invariant(
                    $"{label,-40} {ours.Median.TotalSeconds,8:F3}s {theirs.Median.TotalSeconds,10:F3}s {ours.Median / theirs.Median,7:F2}  {ours.Answer["FullSemVer"] ?? ours.Answer.Error} | {theirs.Answer["FullSemVer"] ?? theirs.Answer.Error}"));
            }

            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static (TimeSpan Median, EngineAnswer Answer) Measure(int runs, Func<Task<EngineAnswer>> run, bool warmUp)
    {
        var answer = warmUp ? run().GetAwaiter().GetResult() : null;
        var times = new List<TimeSpan>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            answer = run().GetAwaiter().GetResult();
            times.Add(clock.Elapsed);
        }

        return (times.Order().ElementAt(times.Count / 2), answer!);
    }
}
