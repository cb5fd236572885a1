using Automation.Differential.Comparison;
using Automation.Differential.Histories;
using Automation.Differential.Oracle;

namespace Automation.Differential.Repositories;

/// <summary>
/// Both engines on a real repository: every branch head (remote branches made local, as a CI clone with all
/// branches fetched has them) and sampled commits of the checked-out default branch (as detached HEADs), each
/// difference printed. Works on a clone in a temporary folder; the repository given is not touched. Whatever the
/// repository, the answer is a table: a case that cannot be checked out or that makes an engine fail is a row
/// saying so, never a stack trace.
/// </summary>
public static class RepositoryDifferential
{
    // Snapshots of public repositories may lack their largest blobs: a full checkout then fails. Both engines only
    // need the history and the configuration file, so such a case is checked out sparsely (the YAML files at the root only, among them any GitVersion configuration).
    private static readonly string[] ConfigurationFiles = ["/*.yml", "/*.yaml"];

    public static async Task<int> RunAsync(GitVersionOracle oracle, string path, int samples, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(oracle);
        ArgumentNullException.ThrowIfNull(output);
        var work = Directory.CreateTempSubdirectory("gitversion-repository-").FullName;
        try
        {
            var clone = Path.Combine(work, "clone");
            try
            {
                await HistoryRepository.GitAsync(work, null, CancellationToken.None, "clone", "-q", "--no-checkout", Path.GetFullPath(path), clone);
            }
            catch (InvalidOperationException exception)
            {
                await output.WriteLineAsync($"{path} is not a git repository that can be cloned: {exception.Message.Trim()}\nGive the path of a git repository (a work tree or a bare git directory).");
                return 2;
            }

            var targets = await TargetsAsync(clone, samples);
            if (targets.Count == 0)
            {
                await output.WriteLineAsync($"{path}: no branch with a commit, nothing to compare.");
                return 0;
            }

            var cases = new List<RepositoryCase>();
            var sparse = false;
            foreach (var (where, checkout) in targets)
            {
                var checkedOut = await CheckOutAsync(clone, checkout, sparse);
                sparse = checkedOut.Sparse;
                if (checkedOut.Problem is { } problem)
                {
                    await output.WriteLineAsync($"{"skipped",-10} {where}: cannot be checked out ({problem})");
                    continue;
                }

                var ours = RunOurs(clone);
                var theirs = await oracle.RunAsync(clone);
                var differences = Comparer.Compare(ours, theirs);
                if (sparse)
                {
                    // libgit2 (GitVersion) counts the files a sparse checkout leaves out as deleted, git does not: the
                    // count says nothing about the engines there.
                    differences = [.. differences.Where(d => d.Variable != "UncommittedChanges")];
                }

                cases.Add(new RepositoryCase(where, differences));
                var verdict = differences.Count == 0 ? "agree" : differences.All(d => d.Deliberate) ? "deliberate" : "DIFFER";
                var note = sparse ? " [sparse work tree: UncommittedChanges not compared]" : string.Empty;
                await output.WriteLineAsync($"{verdict,-10} {where}: ours {ours["FullSemVer"] ?? $"(error: {ours.Error})"}, GitVersion {theirs["FullSemVer"] ?? $"(error: {theirs.Error})"}{note}");
                foreach (var difference in differences)
                {
                    await output.WriteLineAsync($"             {difference}");
                }
            }

            await output.WriteLineAsync($"\n{Summary(path, cases, targets.Count - cases.Count)}");
            return 0;
        }
        finally
        {
            DeleteQuietly(work);
        }
    }

    /// <summary>The one-line summary: FullSemVer agreement, with deliberate differences excluded, every variable.</summary>
    public static string Summary(string path, IReadOnlyCollection<RepositoryCase> cases, int skipped)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var fullSemVer = cases.Count(c => !c.Differences.Any(d => d.Variable is "FullSemVer" or "(answer)"));
        var explained = cases.Count(c => !c.Differences.Any(d => !d.Deliberate && d.Variable is "FullSemVer" or "(answer)"));
        var whole = cases.Count(c => c.Differences.All(d => d.Deliberate));
        var skippedNote = skipped > 0 ? $" ({skipped} skipped: cannot be checked out)" : string.Empty;
        return $"{path}: {cases.Count} cases{skippedNote}; FullSemVer agrees in {fullSemVer} ({Percent(fullSemVer, cases.Count)}), "
            + $"{explained} ({Percent(explained, cases.Count)}) with the deliberate differences excluded; every variable agrees in {whole} ({Percent(whole, cases.Count)}) "
            + "with the deliberate differences excluded.";
    }

    private static async Task<List<(string Where, string[] Checkout)>> TargetsAsync(string clone, int samples)
    {
        // A bare repository whose HEAD is detached or names a missing branch still has branches to compare.
        var head = await TryGit(clone, "symbolic-ref", "--short", "HEAD");
        var current = head?.Trim();
        foreach (var remote in (await Git(clone, "for-each-ref", "--format=%(refname:strip=3)", "refs/remotes/origin")).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (remote != "HEAD" && remote != current)
            {
                await TryGit(clone, "branch", "-f", remote, $"origin/{remote}");
            }
        }

        await TryGit(clone, "remote", "remove", "origin");
        var branches = (await Git(clone, "for-each-ref", "--format=%(refname:short)", "refs/heads")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var targets = branches.Select(branch => (Where: branch, Checkout: new[] { "checkout", "-q", "-f", branch })).ToList();
        if (current is null || !branches.Contains(current))
        {
            current = branches.FirstOrDefault();
        }

        if (current is null)
        {
            return targets;
        }

        var firstParents = (await Git(clone, "rev-list", "--first-parent", current)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i <= samples && firstParents.Length > samples; i++)
        {
            var sha = firstParents[i * firstParents.Length / (samples + 1)];
            targets.Add(($"{current} at {sha[..9]} (detached)", ["checkout", "-q", "-f", "--detach", sha]));
        }

        return targets;
    }

    /// <summary>Checks a case out in full, else (missing blobs) sparsely; once sparse, the clone stays sparse.</summary>
    private static async Task<(bool Sparse, string? Problem)> CheckOutAsync(string clone, string[] checkout, bool sparse)
    {
        if (!sparse)
        {
            if (await TryGit(clone, checkout) is not null)
            {
                return (false, null);
            }

            await TryGit(clone, ["sparse-checkout", "set", "--no-cone", .. ConfigurationFiles]);
        }

        var problem = await GitProblem(clone, checkout);
        return (true, problem);
    }

    /// <summary>Our engine, any exception (a bug of ours) turned into a failed answer so that the table goes on.</summary>
    private static EngineAnswer RunOurs(string clone)
    {
        try
        {
            return OurEngine.Run(clone);
        }
#pragma warning disable CA1031 // The harness reports every failure of ours as a row of its table.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return EngineAnswer.Failed($"{exception.GetType().Name}: {exception.Message}");
        }
    }

    private static string Percent(int part, int whole) => FormattableString.Invariant($"{100.0 * part / Math.Max(1, whole):F0} %");

    private static Task<string> Git(string directory, params string[] arguments) => HistoryRepository.GitAsync(directory, null, CancellationToken.None, arguments);

    private static async Task<string?> TryGit(string directory, params string[] arguments)
    {
        var (exitCode, output, _) = await GitVersionOracle.RunProcessAsync("git", arguments, directory, CancellationToken.None);
        return exitCode == 0 ? output : null;
    }

    private static async Task<string?> GitProblem(string directory, params string[] arguments)
    {
        var (exitCode, _, error) = await GitVersionOracle.RunProcessAsync("git", arguments, directory, CancellationToken.None);
        return exitCode == 0 ? null : error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? $"git exited with {exitCode}";
    }

    private static void DeleteQuietly(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is no reason to hide the table.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}

/// <summary>One compared case of a repository: where (branch or detached commit) and the differences found.</summary>
public sealed record RepositoryCase(string Where, IReadOnlyList<Difference> Differences);
