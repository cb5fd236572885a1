namespace Automation.Versioning.Calculation;

/// <summary>
/// Finds the version tags a branch can see, each with the commit it counts as being on (its key), newest key
/// first. Tags of the branch itself and of its merge targets on commits newer than the current commit are left out;
/// tags of other main and release branches are not.
/// </summary>
internal static class TaggedVersionQuery
{
    public static List<(int Key, TaggedVersion Tag)> Find(VersionContext context, Git.GitBranch branch, string? label, TagSources sources)
    {
        var notOlderThan = context.Graph.When(context.CurrentCommit);
        var found = new List<(int Key, TaggedVersion Tag)>();
        if (sources.HasFlag(TagSources.OfBranch))
        {
            OfBranch(context, branch.Tip, label, notOlderThan, found);
        }

        if (sources.HasFlag(TagSources.OfMergeTargets))
        {
            var history = context.Graph.AncestorsOf(branch.Tip);
            foreach (var tag in context.AllTags.Where(t => t.Version.MatchesLabel(label)))
            {
                foreach (var parent in context.Graph.ParentsOf(tag.Commit))
                {
                    if (history.Contains(parent) && context.Graph.When(parent) <= notOlderThan)
                    {
                        found.Add((parent, tag));
                    }
                }
            }
        }

        // Tags of main and release branches count whenever they were made: a branch forked long ago, or left behind
        // while its source moved on, takes the source's current version as GitVersion does (its tags of main and
        // release branches have no date limit), counting only its own commits since.
        foreach (var other in context.Branches)
        {
            var configuration = context.Configuration.GetBranchConfiguration(other.NameWithoutRemote);
            if (other.Name != branch.Name
                && ((sources.HasFlag(TagSources.OfMainBranches) && configuration.IsMainBranch == true)
                    || (sources.HasFlag(TagSources.OfReleaseBranches) && configuration.IsReleaseBranch == true)))
            {
                OfBranch(context, other.Tip, label, long.MaxValue, found);
            }
        }

        var graph = context.Graph;
        var distinct = found.Distinct().ToList();
        return [.. distinct.Select((item, order) => (item, order))
            .OrderByDescending(x => graph.When(x.item.Key))
            .ThenBy(x => x.item.Key)
            .ThenBy(x => x.order)
            .Select(x => x.item)];
    }

    private static void OfBranch(VersionContext context, int tip, string? label, long notOlderThan, List<(int, TaggedVersion)> found)
    {
        var history = context.Graph.AncestorsOf(tip);
        foreach (var tag in context.AllTags)
        {
            if (history.Contains(tag.Commit) && context.Graph.When(tag.Commit) <= notOlderThan && tag.Version.MatchesLabel(label))
            {
                found.Add((tag.Commit, tag));
            }
        }
    }
}
