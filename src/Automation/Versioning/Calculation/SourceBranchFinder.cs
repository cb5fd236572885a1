using Automation.Versioning.Git;

namespace Automation.Versioning.Calculation;

/// <summary>
/// Finds the branches a branch was created from, as GitVersion does: candidates are the branches matching the
/// configured <c>source-branches</c>; each is paired with its merge base; a candidate whose merge base is already in
/// a newer candidate's history is dropped (unless that merge base was merged into the branch later); among
/// candidates sharing a merge base, those whose tip is that commit win.
/// </summary>
internal sealed class SourceBranchFinder(VersionContext context)
{
    // The same branch is asked about again for every merge of it and every version source, each time with other
    // branches excluded: the candidates are worked out once per branch and the exclusion applied to them.
    private readonly Dictionary<GitBranch, SourceBranchCandidates> _candidates = [];

    /// <summary>The source branches of <paramref name="branch"/>, leaving out the branches named in <paramref name="excluded"/>.</summary>
    public List<GitBranch> Find(GitBranch branch, ISet<string> excluded) => CandidatesOf(branch).Select(excluded);

    /// <summary>Every branch matching the source-branches of <paramref name="branch"/>, with its merge base, newest first.</summary>
    public IReadOnlyList<(int MergeBase, GitBranch Branch)> Candidates(GitBranch branch) => CandidatesOf(branch).All;

    private SourceBranchCandidates CandidatesOf(GitBranch branch)
    {
        if (!_candidates.TryGetValue(branch, out var found))
        {
            _candidates[branch] = found = new SourceBranchCandidates(context, branch);
        }

        return found;
    }
}
