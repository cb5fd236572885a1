namespace Automation;

/// <summary>NUKE's branch and GitHub helpers on <see cref="GitRepository"/>; branch names compare ignoring case.</summary>
public static class GitRepositoryExtensions
{
    /// <summary>On <c>main</c>.</summary>
    /// <param name="repository">The repository.</param>
    public static bool IsOnMainBranch(this GitRepository repository) => Is(repository, "main");

    /// <summary>On <c>master</c>.</summary>
    /// <param name="repository">The repository.</param>
    public static bool IsOnMasterBranch(this GitRepository repository) => Is(repository, "master");

    /// <summary>On <c>main</c> or <c>master</c>.</summary>
    /// <param name="repository">The repository.</param>
    public static bool IsOnMainOrMasterBranch(this GitRepository repository) => Is(repository, "main", "master");

    /// <summary>On <c>dev</c>, <c>develop</c> or <c>development</c>.</summary>
    /// <param name="repository">The repository.</param>
    public static bool IsOnDevelopBranch(this GitRepository repository) => Is(repository, "dev", "develop", "development");

    /// <summary>On <c>feature/*</c> or <c>features/*</c>.</summary>
    /// <param name="repository">The repository.</param>
    public static bool IsOnFeatureBranch(this GitRepository repository) => Under(repository, "feature/", "features/");

    /// <summary>On <c>release/*</c> or <c>releases/*</c>.</summary>
    /// <param name="repository">The repository.</param>
    public static bool IsOnReleaseBranch(this GitRepository repository) => Under(repository, "release/", "releases/");

    /// <summary>On <c>hotfix/*</c> or <c>hotfixes/*</c>.</summary>
    /// <param name="repository">The repository.</param>
    public static bool IsOnHotfixBranch(this GitRepository repository) => Under(repository, "hotfix/", "hotfixes/");

    /// <summary>Whether the remote is on github.com.</summary>
    /// <param name="repository">The repository.</param>
    public static bool IsGitHubRepository(this GitRepository repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return string.Equals(repository.Endpoint, "github.com", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The owner part of <c>owner/name</c>.</summary>
    /// <param name="repository">A GitHub repository.</param>
    /// <exception cref="InvalidOperationException">Not a GitHub repository.</exception>
    public static string GetGitHubOwner(this GitRepository repository) => GitHubPart(repository, 0);

    /// <summary>The name part of <c>owner/name</c>.</summary>
    /// <param name="repository">A GitHub repository.</param>
    /// <exception cref="InvalidOperationException">Not a GitHub repository.</exception>
    public static string GetGitHubName(this GitRepository repository) => GitHubPart(repository, 1);

    /// <summary>The github.com page of the repository, of a branch or tag (<paramref name="branch"/> without a path), or of a file or directory in it on a branch.</summary>
    /// <param name="repository">A GitHub repository.</param>
    /// <param name="path">A file or directory of the work tree, or null for the repository's page.</param>
    /// <param name="branch">The branch; the repository's branch by default.</param>
    /// <exception cref="InvalidOperationException">Not a GitHub repository, or a path without a local work tree.</exception>
    public static string GetGitHubBrowseUrl(this GitRepository repository, AbsolutePath? path = null, string? branch = null)
    {
        var owner = repository.GetGitHubOwner();
        var name = repository.GetGitHubName();
        var url = $"https://github.com/{owner}/{name}";
        if (path is null)
        {
            return branch is null ? url : $"{url}/tree/{branch}";
        }

        var root = repository.LocalDirectory ?? throw new InvalidOperationException("GetGitHubBrowseUrl with a path needs a repository read from its work tree (GitRepository.FromLocalDirectory).");
        var kind = path.DirectoryExists() ? "tree" : "blob";
        var relative = path.RelativeTo(root).Replace('\\', '/');
        return $"{url}/{kind}/{branch ?? repository.Branch ?? "HEAD"}/{(relative == "." ? string.Empty : relative)}".TrimEnd('/');
    }

    /// <summary>The github.com page comparing two commits: <c>https://github.com/owner/name/compare/start...end</c>.</summary>
    /// <param name="repository">A GitHub repository.</param>
    /// <param name="startCommitSha">The older commit (or tag, or branch).</param>
    /// <param name="endCommitSha">The newer commit (or tag, or branch).</param>
    /// <exception cref="InvalidOperationException">Not a GitHub repository.</exception>
    public static string GetGitHubCompareCommitsUrl(this GitRepository repository, string startCommitSha, string endCommitSha) =>
        $"{repository.GetGitHubBrowseUrl()}/compare/{startCommitSha}...{endCommitSha}";

    /// <summary>The github.com page comparing a tag with HEAD: the changes since that release.</summary>
    /// <param name="repository">A GitHub repository.</param>
    /// <param name="tag">The tag.</param>
    /// <exception cref="InvalidOperationException">Not a GitHub repository.</exception>
    public static string GetGitHubCompareTagToHeadUrl(this GitRepository repository, string tag) => repository.GetGitHubCompareCommitsUrl(tag, "HEAD");

    /// <summary>The github.com page comparing two tags: the changes of the later release.</summary>
    /// <param name="repository">A GitHub repository.</param>
    /// <param name="startTag">The older tag.</param>
    /// <param name="endTag">The newer tag.</param>
    /// <exception cref="InvalidOperationException">Not a GitHub repository.</exception>
    public static string GetGitHubCompareTagsUrl(this GitRepository repository, string startTag, string endTag) => repository.GetGitHubCompareCommitsUrl(startTag, endTag);

    /// <summary>The github.com page of a commit.</summary>
    /// <param name="repository">A GitHub repository.</param>
    /// <param name="commitSha">The commit.</param>
    /// <exception cref="InvalidOperationException">Not a GitHub repository.</exception>
    public static string GetGitHubCommitUrl(this GitRepository repository, string commitSha) => $"{repository.GetGitHubBrowseUrl()}/commit/{commitSha}";

    private static bool Is(GitRepository repository, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return repository.Branch is { } branch && names.Any(n => string.Equals(branch, n, StringComparison.OrdinalIgnoreCase));
    }

    private static bool Under(GitRepository repository, params string[] prefixes)
    {
        ArgumentNullException.ThrowIfNull(repository);
        return repository.Branch is { } branch && prefixes.Any(p => branch.StartsWith(p, StringComparison.OrdinalIgnoreCase));
    }

    private static string GitHubPart(GitRepository repository, int index)
    {
        if (!repository.IsGitHubRepository() || repository.Identifier!.Split('/') is not { Length: 2 } parts)
        {
            throw new InvalidOperationException($"'{repository}' is not a GitHub repository (github.com/owner/name).");
        }

        return parts[index];
    }
}
