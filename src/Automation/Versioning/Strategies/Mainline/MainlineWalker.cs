using Automation.Versioning.Calculation;
using Automation.Versioning.Configuration;
using Automation.Versioning.Git;

namespace Automation.Versioning.Strategies.Mainline;

/// <summary>
/// Walks the current branch's history newest first, as GitVersion's Mainline strategy does: each commit is counted
/// on the branch the walk is on; at the commit where that branch was created from another (its merge base with a
/// source branch) the walk continues on the source branch; a merge whose message names the merged branch opens a
/// child iteration with the merged commits. The walk stops at a commit tagged with the label, once the branch's
/// increment is known.
/// </summary>
internal sealed class MainlineWalker(VersionContext context)
{
    private readonly Dictionary<string, Dictionary<int, List<(GitBranch Branch, BranchConfiguration Configuration)>>> _branchedFrom = new(StringComparer.Ordinal);

    public MainlineVersion Walk(EffectiveBranch configuration)
    {
        var current = context.CurrentBranch;
        var own = context.Configuration.GetBranchConfiguration(current.NameWithoutRemote);
        var iteration = new MainlineIteration(current.Name, own);
        var commits = context.Graph.AncestorsOf(context.CurrentCommit).Indexes().Where(c => !context.IsIgnored(c)).ToList();
        var targetLabel = BranchLabel.For(configuration.Value, current.NameWithoutRemote);
        Walk(commits, iteration, configuration.Branch, targetLabel, Tags(current, own), []);
        return MainlineCalculator.Calculate(context, iteration, targetLabel);
    }

    /// <summary>The version in a release branch's name (null when it has none).</summary>
    public static SemanticVersion? VersionInName(VersionContext context, string branchName) =>
        VersionInBranchName.TryParse(MainlineNames.WithoutRemote(branchName), context.Configuration, out var version, out _) ? version : null;

    /// <summary>Walks <paramref name="commits"/> (newest first) into <paramref name="iteration"/>; true when the walk is done.</summary>
    private bool Walk(IEnumerable<int> commits, MainlineIteration iteration, GitBranch target, string? targetLabel, Dictionary<int, List<SemanticVersion>> tags, HashSet<int> traversed)
    {
        var branch = FindBranch(iteration.BranchName);
        var state = new WalkState(iteration.Configuration, iteration.BranchName, branch, tags, branch is null ? null : (branch, null));
        foreach (var commit in commits)
        {
            if (!traversed.Add(commit))
            {
                continue;
            }

            SwitchToSourceBranch(commit, iteration, target, state);
            var (walked, stop) = Visit(commit, iteration, targetLabel, state);
            if (stop || (context.Graph.IsMerge(commit) && FollowMerge(commit, walked, iteration, target, targetLabel, state, traversed)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>At a commit where the branch walked so far was created from another, the walk goes on along that one.</summary>
    private void SwitchToSourceBranch(int commit, MainlineIteration iteration, GitBranch target, WalkState state)
    {
        if (state.BranchedFromOf is not { } of || !BranchedFrom(of.Branch, of.Excluded).TryGetValue(commit, out var sources))
        {
            return;
        }

        var (source, sourceConfiguration) = sources[0];
        if (state.Configuration.IsMainBranch == true && sourceConfiguration.IsMainBranch != true)
        {
            return;
        }

        var excluded = state.Branch;
        if (sources.Any(s => s.Branch.Name != source.Name && s.Branch.Name == target.Name))
        {
            // The versioned branch was created here too: a placeholder marks where it left.
            iteration.CreateCommit(null, target.Name, context.Configuration.GetBranchConfiguration(target.NameWithoutRemote));
        }

        state.Configuration = sourceConfiguration;
        state.BranchName = source.Name;
        state.Branch = source;
        state.BranchedFromOf = (source, excluded);
        state.Tags = Tags(source, sourceConfiguration);
    }

    private (MainlineCommit Commit, bool Stop) Visit(int commit, MainlineIteration iteration, string? targetLabel, WalkState state)
    {
        var walked = iteration.CreateCommit(commit, state.BranchName, state.Configuration);
        var versions = state.Tags.TryGetValue(commit, out var found) ? found : [];
        walked.AddVersions(versions);
        var label = targetLabel ?? MainlineCalculator.LabelOf(new EffectiveConfiguration(context.Configuration, state.Configuration), state.BranchName);
        var inherits = MainlineCommit.Inherits(state.Configuration);
        foreach (var version in versions)
        {
            if (!version.MatchesLabel(label))
            {
                continue;
            }

            if (!inherits)
            {
                return (walked, true);
            }

            state.StopWhenIncrementKnown = true;
        }

        return (walked, state.StopWhenIncrementKnown && !inherits);
    }

    /// <summary>A merge whose message names another branch: its merged commits become a child iteration.</summary>
    private bool FollowMerge(int commit, MainlineCommit walked, MainlineIteration iteration, GitBranch target, string? targetLabel, WalkState state, HashSet<int> traversed)
    {
        if ((state.Configuration.TrackMergeMessage ?? context.Configuration.Root.TrackMergeMessage) != true
            || context.MergeMessageOf(commit) is not { } message
            || MainlineNames.Equivalent(message.MergedBranch, state.BranchName))
        {
            return false;
        }

        var childConfiguration = context.Configuration.GetBranchConfiguration(MainlineNames.WithoutRemote(message.MergedBranch));
        var childName = message.MergedBranch;
        var side = 1;
        if (childConfiguration.IsMainBranch == true)
        {
            if (state.Configuration.IsMainBranch == true)
            {
                throw new VersioningException($"The merge '{context.Graph[commit].Sha[..7]}' brings main branch '{message.MergedBranch}' into main branch '{state.BranchName}', which GitVersion's Mainline strategy does not handle; configure only one main branch (is-main-branch) or use the GitFlow/v1 or GitHubFlow/v1 workflow.");
            }

            // Main merged into a branch: the branch's own commits since the merge base are the merged ones.
            side = 0;
            childConfiguration = state.Configuration;
            childName = iteration.BranchName;
        }

        var merged = MergedCommits(commit, side);
        var child = new MainlineIteration(childName, childConfiguration, iteration, walked);
        var done = Walk(merged, child, target, targetLabel, state.Tags, traversed);
        walked.AddChildIteration(child);
        if (done)
        {
            return true;
        }

        traversed.UnionWith(merged);
        return false;
    }

    /// <summary>The commits of one side of a merge since the merge base, newest first (side 1: the merged branch; 0: the first parent).</summary>
    private List<int> MergedCommits(int merge, int side)
    {
        var parents = context.Graph.ParentsOf(merge);
        var head = parents[side];
        var other = parents[1 - side];
        var mergeBase = context.Graph.MergeBase(head, other);
        return mergeBase is null ? [] : [.. context.Range(mergeBase, head).Indexes()];
    }

    /// <summary>The version tags a branch sees, by the commit they count on.</summary>
    private Dictionary<int, List<SemanticVersion>> Tags(GitBranch branch, BranchConfiguration configuration)
    {
        var root = context.Configuration.Root;
        var sources = TagSources.OfBranch;
        if ((configuration.TrackMergeTarget ?? root.TrackMergeTarget) == true)
        {
            sources |= TagSources.OfMergeTargets;
        }

        if ((configuration.TracksReleaseBranches ?? root.TracksReleaseBranches) == true)
        {
            sources |= TagSources.OfReleaseBranches;
        }

        if (configuration.IsMainBranch != true && configuration.IsReleaseBranch != true)
        {
            sources |= TagSources.OfMainBranches;
        }

        var result = new Dictionary<int, List<SemanticVersion>>();
        foreach (var (key, tag) in TaggedVersionQuery.Find(context, branch, null, sources))
        {
            if (!result.TryGetValue(key, out var list))
            {
                result[key] = list = [];
            }

            list.Add(tag.Version);
        }

        return result;
    }

    /// <summary>
    /// The commits where <paramref name="branch"/> was created from one of its source branches (other than
    /// <paramref name="excluded"/>), with those branches; main branches first where several share the commit.
    /// </summary>
    private Dictionary<int, List<(GitBranch Branch, BranchConfiguration Configuration)>> BranchedFrom(GitBranch branch, GitBranch? excluded)
    {
        var key = branch.Name + "|" + excluded?.Name;
        if (_branchedFrom.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var result = new Dictionary<int, List<(GitBranch Branch, BranchConfiguration Configuration)>>();
        foreach (var (mergeBase, source) in context.SourceBranches.Candidates(branch))
        {
            if (source.Name == excluded?.Name)
            {
                continue;
            }

            var configuration = context.Configuration.GetBranchConfiguration(source.NameWithoutRemote);
            if (!result.TryGetValue(mergeBase, out var list))
            {
                result[mergeBase] = [(source, configuration)];
            }
            else if ((configuration.IsMainBranch ?? context.Configuration.Root.IsMainBranch) == true)
            {
                list.Add((source, configuration));
            }
        }

        foreach (var commit in result.Keys.ToList())
        {
            result[commit] = [.. result[commit].OrderByDescending(s => (s.Configuration.IsMainBranch ?? context.Configuration.Root.IsMainBranch) == true)];
        }

        _branchedFrom[key] = result;
        return result;
    }

    /// <summary>
    /// The local branch of that name (the current one at the versioned commit), or null: a detached HEAD's
    /// <c>(no branch)</c> or a merged branch since deleted has no creation points, as in GitVersion.
    /// </summary>
    private GitBranch? FindBranch(string name) =>
        context.Snapshot.Branches.FirstOrDefault(b => b.Name == name && !b.IsRemote) is { } found
            ? (name == context.CurrentBranch.Name ? context.CurrentBranch : found)
            : null;

    /// <summary>The branch the walk is on and what it needs of it.</summary>
    private sealed class WalkState(BranchConfiguration configuration, string branchName, GitBranch? branch, Dictionary<int, List<SemanticVersion>> tags, (GitBranch Branch, GitBranch? Excluded)? branchedFromOf)
    {
        public BranchConfiguration Configuration { get; set; } = configuration;

        public string BranchName { get; set; } = branchName;

        public GitBranch? Branch { get; set; } = branch;

        public Dictionary<int, List<SemanticVersion>> Tags { get; set; } = tags;

        /// <summary>Whose creation points end the walk along this branch (null: none known).</summary>
        public (GitBranch Branch, GitBranch? Excluded)? BranchedFromOf { get; set; } = branchedFromOf;

        /// <summary>A tag with the label was seen while the increment was still inherited.</summary>
        public bool StopWhenIncrementKnown { get; set; }
    }
}
