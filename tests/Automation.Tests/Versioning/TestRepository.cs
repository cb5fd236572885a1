using System.Globalization;
using Automation.Versioning;
using Automation.Versioning.Configuration;
using Automation.Versioning.Git;

namespace Automation.Tests.Versioning;

/// <summary>
/// An in-memory git repository for the versioning engine's tests: commits, branches, tags and checkouts like
/// GitVersion's test fixtures, without any git process. Every commit is one second newer than the previous one.
/// </summary>
internal sealed class TestRepository
{
    private readonly List<GitCommit> commits = [];
    private readonly Dictionary<string, string> branches = new(StringComparer.Ordinal);
    private readonly List<(string Name, string Sha)> tags = [];
    private readonly List<(string Remote, string Name, string Sha)> remoteBranches = [];
    private string? head;
    private string? detached;
    private long time = 1_700_000_000;

    public TestRepository(string branch = "main") => head = branch;

    public string CurrentSha => detached ?? branches[head!];

    public string? Yaml { get; set; }

    /// <summary>A configuration built in code (as GitVersion's configuration builders make them); wins over <see cref="Yaml"/>.</summary>
    public VersioningConfiguration? Configuration { get; set; }

    public IReadOnlyDictionary<string, string> Environment { get; set; } = new Dictionary<string, string>();

    public string? BranchOverride { get; set; }

    public int UncommittedChanges { get; set; }

    public TestRepository Commit(string message = "commit") => AddCommit(message, head is not null && branches.TryGetValue(head, out var tip) ? [tip] : detached is { } d ? [d] : []);

    public TestRepository Commits(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Commit();
        }

        return this;
    }

    public TestRepository TaggedCommit(string tag, string message = "tagged") => Commit(message).Tag(tag);

    public TestRepository Tag(string name)
    {
        tags.Add((name, CurrentSha));
        return this;
    }

    public TestRepository RemoveTag(string name)
    {
        tags.RemoveAll(t => t.Name == name);
        return this;
    }

    /// <summary>Creates a branch at HEAD and checks it out (GitVersion's <c>BranchTo</c>).</summary>
    public TestRepository BranchTo(string name) => CreateBranch(name).Checkout(name);

    /// <summary>Creates a branch at HEAD without checking it out.</summary>
    public TestRepository CreateBranch(string name)
    {
        branches[name] = CurrentSha;
        return this;
    }

    /// <summary>A remote-tracking branch (<c>origin/name</c>) at HEAD, as a clone has them.</summary>
    public TestRepository CreateRemoteBranch(string remote, string name)
    {
        remoteBranches.Add((remote, name, CurrentSha));
        return this;
    }

    public TestRepository Checkout(string name)
    {
        if (branches.ContainsKey(name))
        {
            head = name;
            detached = null;
        }
        else
        {
            detached = tags.FirstOrDefault(t => t.Name == name).Sha ?? name;
            head = null;
        }

        return this;
    }

    public TestRepository RemoveBranch(string name)
    {
        branches.Remove(name);
        return this;
    }

    /// <summary>A <c>--no-ff</c> merge of <paramref name="branch"/> into HEAD, with git's message.</summary>
    public TestRepository MergeNoFF(string branch, string? messageSuffix = null)
    {
        var into = head is "main" or "master" or null ? string.Empty : $" into {head}";
        return AddCommit($"Merge branch '{branch}'{into}{messageSuffix}", [CurrentSha, branches[branch]]);
    }

    /// <summary>
    /// GitVersion's fixture <c>MergeTo</c>: checks out <paramref name="branch"/> and merges the branch that was checked
    /// out into it (<c>--no-ff</c>), optionally deleting the merged branch.
    /// </summary>
    public TestRepository MergeTo(string branch, bool removeBranchAfterMerging = false)
    {
        var source = head ?? throw new InvalidOperationException("MergeTo needs a checked-out branch.");
        Checkout(branch).MergeNoFF(source);
        return removeBranchAfterMerging ? RemoveBranch(source) : this;
    }

    public RepositorySnapshot Snapshot()
    {
        var graph = CommitGraph.Create(commits);
        return new RepositorySnapshot
        {
            Graph = graph,
            // In git's order (for-each-ref, and libgit2's as GitVersion lists them): by ref name, local before remote.
            Branches = [.. branches.OrderBy(b => b.Key, StringComparer.Ordinal).Select(b => GitBranch.Local(b.Key, graph.Find(b.Value)!.Value)),
                .. remoteBranches.OrderBy(b => $"{b.Remote}/{b.Name}", StringComparer.Ordinal).Select(b => GitBranch.Remote(b.Remote, b.Name, graph.Find(b.Sha)!.Value))],
            Tags = [.. tags.Select(t => new GitTag(t.Name, graph.Find(t.Sha)!.Value))],
            Head = graph.Find(CurrentSha)!.Value,
            HeadBranch = head,
            UncommittedChanges = UncommittedChanges,
        };
    }

    public VersionResult Result()
    {
        var configuration = Configuration is not null ? new ConfigurationLoadResult(Configuration, [], null)
            : Yaml is null ? ConfigurationFile.Load(null) : ConfigurationReader.Parse(Yaml, "GitVersion.yml");
        return VersionCalculator.Calculate(Snapshot(), configuration, BranchOverride, Environment);
    }

    public VersionVariables Version() => Result().Variables;

    public string FullSemVer() => Version().FullSemVer;

    private TestRepository AddCommit(string message, string[] parents)
    {
        time++;
        var sha = (commits.Count + 1).ToString("x40", CultureInfo.InvariantCulture);
        commits.Add(new GitCommit(sha, parents, time, message));
        if (head is not null)
        {
            branches[head] = sha;
        }
        else
        {
            detached = sha;
        }

        return this;
    }
}
