using Automation.Versioning.Configuration;
using Automation.Versioning.Git;
using Automation.Versioning.Strategies;

namespace Automation.Versioning.Calculation;

/// <summary>
/// One calculation's inputs and shared caches: the repository snapshot, the configuration, the branch the version is
/// for (taken at HEAD's commit, or at its own tip for the one branch containing a detached HEAD) and the version tags.
/// </summary>
internal sealed class VersionContext
{
    private readonly Dictionary<int, List<TaggedVersion>> _tagsByCommit = [];
    private readonly Dictionary<int, MergeMessage?> _mergeMessages = [];

    public VersionContext(RepositorySnapshot snapshot, VersioningConfiguration configuration, string currentBranchName, int? currentBranchTip = null)
    {
        Snapshot = snapshot;
        Configuration = configuration;
        Ignored = IgnoredCommits(snapshot.Graph, configuration.Ignore);
        CurrentCommit = FirstKept(snapshot.Graph, snapshot.Head, Ignored);
        CurrentBranch = GitBranch.Local(currentBranchName, currentBranchTip ?? snapshot.Head);
        Branches = [.. snapshot.Branches.Where(b => b.IsRemote || b.Name != currentBranchName)];
        foreach (var tag in snapshot.Tags)
        {
            if (Ignored?.Contains(tag.Commit) != true && SemanticVersionParser.TryParse(tag.Name, configuration.TagPrefix, configuration.SemanticVersionFormat, out var version))
            {
                var tagged = new TaggedVersion(version, tag.Name, tag.Commit);
                AllTags.Add(tagged);
                if (!_tagsByCommit.TryGetValue(tag.Commit, out var list))
                {
                    _tagsByCommit[tag.Commit] = list = [];
                }

                list.Add(tagged);
            }
        }

        Increments = new IncrementFinder(this);
        MergeBases = new BranchMergeBaseFinder(Graph);
        SourceBranches = new SourceBranchFinder(this);
    }

    public RepositorySnapshot Snapshot { get; }

    /// <summary>The commits <c>ignore:</c> leaves out (null: none).</summary>
    public CommitSet? Ignored { get; }

    public CommitGraph Graph => Snapshot.Graph;

    public VersioningConfiguration Configuration { get; }

    public GitBranch CurrentBranch { get; }

    public int CurrentCommit { get; }

    /// <summary>The repository's branches other than the current one (remote-tracking ones included, as GitVersion does).</summary>
    public IReadOnlyList<GitBranch> Branches { get; }

    /// <summary>Every tag that parses as a version.</summary>
    public List<TaggedVersion> AllTags { get; } = [];

    public IncrementFinder Increments { get; }

    public BranchMergeBaseFinder MergeBases { get; }

    public SourceBranchFinder SourceBranches { get; }

    /// <summary>The merge message of a merge commit (parsed once per commit).</summary>
    public MergeMessage? MergeMessageOf(int commit)
    {
        if (!_mergeMessages.TryGetValue(commit, out var message))
        {
            _mergeMessages[commit] = message = MergeMessage.TryParse(Graph[commit].Message, isMerge: true, Configuration);
        }

        return message;
    }

    /// <summary>Whether <c>ignore:</c> leaves <paramref name="commit"/> out.</summary>
    public bool IsIgnored(int commit) => Ignored?.Contains(commit) == true;

    /// <summary>The commits reachable from <paramref name="head"/> and not from <paramref name="excluded"/>, without ignored ones.</summary>
    public CommitSet Range(int? excluded, int head) => Graph.Range(excluded, head).Except(Ignored);

    /// <summary>Whether a version tag points at the current commit.</summary>
    public bool IsCurrentCommitTagged => _tagsByCommit.ContainsKey(CurrentCommit);

    /// <summary>The version tags pointing at <paramref name="commit"/>.</summary>
    public IReadOnlyList<TaggedVersion> TagsOn(int commit) => _tagsByCommit.TryGetValue(commit, out var list) ? list : [];

    /// <summary>The effective configuration of a branch on its own (root defaults as fallback).</summary>
    public EffectiveConfiguration EffectiveFor(string branchName) => new(Configuration, Configuration.GetBranchConfiguration(branchName));

    private static CommitSet? IgnoredCommits(CommitGraph graph, IgnoreConfiguration ignore)
    {
        if (ignore.IsEmpty)
        {
            return null;
        }

        var ignored = new CommitSet(graph.Count);
        for (var i = 0; i < graph.Count; i++)
        {
            if (ignore.IsIgnored(graph[i].Sha, graph.When(i)))
            {
                ignored.Add(i);
            }
        }

        return ignored;
    }

    /// <summary>HEAD, or when <c>ignore:</c> leaves it out, the newest commit of its history that is kept (GitVersion's current commit).</summary>
    private static int FirstKept(CommitGraph graph, int head, CommitSet? ignored)
    {
        if (ignored is null || !ignored.Contains(head))
        {
            return head;
        }

        foreach (var commit in graph.AncestorsOf(head).Indexes())
        {
            if (!ignored.Contains(commit))
            {
                return commit;
            }
        }

        throw new VersioningException("No commits found on the current branch: 'ignore' in the configuration file leaves out every commit of HEAD's history. Remove HEAD's commits from 'ignore.sha' or move 'ignore.commits-before' earlier.");
    }
}
