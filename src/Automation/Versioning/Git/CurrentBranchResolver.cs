namespace Automation.Versioning.Git;

/// <summary>
/// Decides which branch the version is for. HEAD's own branch, unless overridden; for a detached HEAD (CI checkouts):
/// the CI host's branch variables, else the single local branch containing the commit, else <c>(no branch)</c>. The branch
/// is taken at HEAD's commit, except the single branch containing a detached HEAD: it keeps its own tip, as in GitVersion
/// (whose current branch is then that branch, so merge bases and source branches are found from its tip).
/// </summary>
internal static class CurrentBranchResolver
{
    /// <summary>GitVersion's name for a detached HEAD that no branch explains.</summary>
    public const string NoBranch = "(no branch)";

    private static readonly string[] BranchVariables =
    [
        "GITHUB_HEAD_REF", "GITHUB_REF", "BUILD_SOURCEBRANCH", "CI_MERGE_REQUEST_REF_PATH", "CI_COMMIT_REF_NAME", "BRANCH_NAME",
        "GIT_BRANCH", "BITBUCKET_BRANCH", "BUILDKITE_BRANCH", "APPVEYOR_REPO_BRANCH", "TRAVIS_BRANCH", "CIRCLE_BRANCH",
        "DRONE_BRANCH", "TEAMCITY_BUILD_BRANCH", "bamboo_planRepository_branchName",
    ];

    /// <summary>The branch name for the calculation.</summary>
    public static string ResolveName(RepositorySnapshot snapshot, string? branchOverride, IReadOnlyDictionary<string, string> environment) =>
        Resolve(snapshot, branchOverride, environment).Name;

    /// <summary>The branch for the calculation: its name and the commit taken as its tip.</summary>
    public static (string Name, int Tip) Resolve(RepositorySnapshot snapshot, string? branchOverride, IReadOnlyDictionary<string, string> environment)
    {
        var name = ResolveNameAtHead(snapshot, branchOverride, environment, out var containing);
        return (name, containing?.Tip ?? snapshot.Head);
    }

    private static string ResolveNameAtHead(RepositorySnapshot snapshot, string? branchOverride, IReadOnlyDictionary<string, string> environment, out GitBranch? containingBranch)
    {
        containingBranch = null;
        if (!string.IsNullOrWhiteSpace(branchOverride))
        {
            return Normalize(branchOverride.Trim()) ?? branchOverride.Trim();
        }

        if (snapshot.HeadBranch is { } headBranch)
        {
            return headBranch;
        }

        if (FromEnvironment(environment) is { } ciBranch)
        {
            return ciBranch;
        }

        var containing = snapshot.Branches
            .Where(b => !b.IsRemote && snapshot.Graph.IsAncestor(snapshot.Head, b.Tip))
            .ToList();
        // A tag on the commit does not name the branch: GitVersion 6.8.2 says (no branch) there too (a CI tag build
        // whose variables name no branch, or a checked-out tag that several branches contain).
        if (containing.Count != 1)
        {
            return NoBranch;
        }

        containingBranch = containing[0];
        return containing[0].Name;
    }

    /// <summary>The branch named by the CI host's variables, or null (none set, or a tag build).</summary>
    public static string? FromEnvironment(IReadOnlyDictionary<string, string> environment)
    {
        if (environment.TryGetValue("CI_COMMIT_TAG", out var gitLabTag) && gitLabTag.Length > 0 && !environment.ContainsKey("CI_MERGE_REQUEST_REF_PATH"))
        {
            return null;
        }

        foreach (var variable in BranchVariables)
        {
            if (environment.TryGetValue(variable, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return Normalize(value.Trim());
            }
        }

        return null;
    }

    /// <summary><c>refs/heads/x</c> → <c>x</c>; <c>refs/pull/5/merge</c> → <c>pull/5/merge</c>; a tag ref → null.</summary>
    public static string? Normalize(string reference)
    {
        if (reference.StartsWith("refs/tags/", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var prefix in (string[])["refs/heads/", "refs/remotes/origin/", "refs/", "origin/"])
        {
            if (reference.StartsWith(prefix, StringComparison.Ordinal))
            {
                return reference[prefix.Length..];
            }
        }

        return reference;
    }
}
