using Automation.Differential.Comparison;
using Automation.Differential.Histories;
using Automation.Differential.Oracle;

namespace Automation.Differential.Repositories;

/// <summary>
/// Both engines on a real repository: every branch head (remote branches made local, as a CI clone with all
/// branches fetched has them) and sampled commits of the checked-out default branch (as detached HEADs), each
/// difference printed. Works on a clone in a temporary folder; the repository given is not touched.
/// </summary>
public static class RepositoryDifferential
{
    public static async Task<int> RunAsync(GitVersionOracle oracle, string path, int samples, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(oracle);
        ArgumentNullException.ThrowIfNull(output);
        var work = Directory.CreateTempSubdirectory("gitversion-repository-").FullName;
        try
        {
            var clone = Path.Combine(work, "clone");
            await HistoryRepository.GitAsync(work, null, CancellationToken.None, "clone", "-q", "--no-checkout", Path.GetFullPath(path), clone);
            var current = (await Git(clone, "symbolic-ref", "--short", "HEAD")).Trim();
            foreach (var remote in (await Git(clone, "for-each-ref", "--format=%(refname:strip=3)", "refs/remotes/origin")).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                if (remote != "HEAD" && remote != current)
                {
                    await Git(clone, "branch", "-f", remote, $"origin/{remote}");
                }
            }

            await Git(clone, "remote", "remove", "origin");
            var cases = new List<(string Where, IReadOnlyList<Difference> Differences, EngineAnswer Ours, EngineAnswer Theirs)>();
            var branches = (await Git(clone, "for-each-ref", "--format=%(refname:short)", "refs/heads")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var targets = branches.Select(branch => (Where: branch, Checkout: new[] { "checkout", "-q", "-f", branch })).ToList();
            var firstParents = (await Git(clone, "rev-list", "--first-parent", current)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 1; i <= samples && firstParents.Length > samples; i++)
            {
                var sha = firstParents[i * firstParents.Length / (samples + 1)];
                targets.Add(($"{current} at {sha[..9]} (detached)", ["checkout", "-q", "-f", "--detach", sha]));
            }

            foreach (var (where, checkout) in targets)
            {
                await Git(clone, checkout);
                var ours = OurEngine.Run(clone);
                var theirs = await oracle.RunAsync(clone);
                var differences = Comparer.Compare(ours, theirs);
                cases.Add((where, differences, ours, theirs));
                var verdict = differences.Count == 0 ? "agree" : differences.All(d => d.Deliberate) ? "deliberate" : "DIFFER";
                await output.WriteLineAsync($"{verdict,-10} {where}: ours {ours["FullSemVer"] ?? "(error)"}, GitVersion {theirs["FullSemVer"] ?? $"(error: {theirs.Error})"}");
                foreach (var difference in differences)
                {
                    await output.WriteLineAsync($"             {difference}");
                }
            }

            var fullSemVer = cases.Count(c => !c.Differences.Any(d => d.Variable is "FullSemVer" or "(answer)"));
            var explained = cases.Count(c => !c.Differences.Any(d => !d.Deliberate && d.Variable is "FullSemVer" or "(answer)"));
            var whole = cases.Count(c => c.Differences.Count == 0);
            await output.WriteLineAsync($"\n{path}: {cases.Count} cases; FullSemVer agrees in {fullSemVer} ({Percent(fullSemVer, cases.Count)}), "
                + $"{explained} ({Percent(explained, cases.Count)}) with the deliberate differences excluded; every variable agrees in {whole} ({Percent(whole, cases.Count)}).");
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Percent(int part, int whole) => FormattableString.Invariant($"{100.0 * part / Math.Max(1, whole):F0} %");

    private static Task<string> Git(string directory, params string[] arguments) => HistoryRepository.GitAsync(directory, null, CancellationToken.None, arguments);
}
