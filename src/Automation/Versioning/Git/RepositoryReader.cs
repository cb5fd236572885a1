namespace Automation.Versioning.Git;

/// <summary>
/// Reads a <see cref="RepositorySnapshot"/> with four git calls: one <c>rev-parse</c>, then in parallel one
/// <c>for-each-ref</c> (branches and tags), one <c>log</c> streaming the whole graph reachable from HEAD, the branches
/// and the tags, and one <c>status --porcelain</c>.
/// </summary>
internal static class RepositoryReader
{
    /// <summary>Why a shallow clone is refused, and the three ways on: fetch the history here or on CI, or accept it.</summary>
    public const string ShallowCloneMessage =
        "The repository is a shallow clone, so its history is incomplete and the version would be wrong. " +
        "Fetch the full history: in GitHub Actions set 'fetch-depth: 0' on actions/checkout, elsewhere run 'git fetch --unshallow'. " +
        "Or pass --allow-shallow to compute a version from the history there is.";

    /// <exception cref="VersioningException">Not a git work tree, no commits, or a shallow clone.</exception>
    public static async Task<RepositorySnapshot> ReadAsync(string directory, bool allowShallow, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(directory))
        {
            throw new VersioningException($"'{directory}' does not exist, so it is not a git repository.");
        }

        var head = await GitCli.RunAsync(directory, ["rev-parse", "--show-toplevel", "--is-shallow-repository", "HEAD", "--symbolic-full-name", "HEAD"], cancellationToken).ConfigureAwait(false);
        if (head.ExitCode != 0)
        {
            throw new VersioningException(Explain(directory, head.Error));
        }

        var lines = head.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 4)
        {
            throw new VersioningException($"git rev-parse gave unexpected output in '{directory}': {head.Output.Trim()}");
        }

        if (lines[1] == "true" && !allowShallow)
        {
            throw new VersioningException(ShallowCloneMessage);
        }

        var refsTask = GitCli.RunAsync(directory, ["for-each-ref", GitOutputParser.RefFormat, "refs/heads", "refs/remotes", "refs/tags"], cancellationToken);
        var logTask = GitCli.RunAsync(directory, ["-c", "i18n.logOutputEncoding=UTF-8", "log", "--date-order", "-z", GitOutputParser.LogFormat, "HEAD", "--branches", "--remotes", "--tags"], cancellationToken);
        var statusTask = GitCli.RunAsync(directory, ["status", "--porcelain"], cancellationToken);
        await Task.WhenAll(refsTask, logTask, statusTask).ConfigureAwait(false);

        var log = await logTask.ConfigureAwait(false);
        if (log.ExitCode != 0)
        {
            throw new VersioningException($"git log failed in '{directory}': {log.Error.Trim()}");
        }

        var graph = CommitGraph.Create(GitOutputParser.ParseLog(log.Output));
        var headIndex = graph.Find(lines[2]) ?? throw new VersioningException($"HEAD ({lines[2]}) is missing from the history git printed.");
        var (branches, tags) = ToReferences(graph, GitOutputParser.ParseRefs((await refsTask.ConfigureAwait(false)).Output));
        var status = await statusTask.ConfigureAwait(false);
        return new RepositorySnapshot
        {
            Graph = graph,
            Branches = branches,
            Tags = tags,
            Head = headIndex,
            HeadBranch = lines[3].StartsWith("refs/heads/", StringComparison.Ordinal) ? lines[3]["refs/heads/".Length..] : null,
            UncommittedChanges = status.ExitCode == 0 ? status.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length : 0,
            WorkTree = lines[0],
        };
    }

    private static string Explain(string directory, string error)
    {
        if (error.Contains("not a git repository", StringComparison.OrdinalIgnoreCase))
        {
            return $"'{directory}' is not a git repository (or any of its parent directories).";
        }

        if (error.Contains("ambiguous argument 'HEAD'", StringComparison.Ordinal) || error.Contains("unknown revision", StringComparison.Ordinal))
        {
            return $"The git repository at '{directory}' has no commits yet: commit something first.";
        }

        return $"git cannot read '{directory}': {error.Trim()}";
    }

    private static (List<GitBranch> Branches, List<GitTag> Tags) ToReferences(CommitGraph graph, List<GitOutputParser.Reference> references)
    {
        var branches = new List<GitBranch>();
        var tags = new List<GitTag>();
        foreach (var reference in references)
        {
            if (reference.Commit is null || graph.Find(reference.Commit) is not { } commit)
            {
                continue;
            }

            if (reference.Name.StartsWith("refs/heads/", StringComparison.Ordinal))
            {
                branches.Add(GitBranch.Local(reference.Name["refs/heads/".Length..], commit));
            }
            else if (reference.Name.StartsWith("refs/remotes/", StringComparison.Ordinal))
            {
                var rest = reference.Name["refs/remotes/".Length..];
                var slash = rest.IndexOf('/', StringComparison.Ordinal);
                if (slash > 0 && rest[(slash + 1)..] != "HEAD")
                {
                    branches.Add(GitBranch.Remote(rest[..slash], rest[(slash + 1)..], commit));
                }
            }
            else if (reference.Name.StartsWith("refs/tags/", StringComparison.Ordinal))
            {
                tags.Add(new GitTag(reference.Name["refs/tags/".Length..], commit));
            }
        }

        return (branches, tags);
    }
}
