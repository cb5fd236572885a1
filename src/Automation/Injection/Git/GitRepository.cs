using Automation.Injection.Git;
using Automation.Versioning.Git;

namespace Automation;

/// <summary>
/// A git repository as NUKE's <c>GitRepository</c> describes it: the local work tree, its branch, commit and tags, and
/// the remote (host and <c>owner/name</c>). Fill a build member with <c>[GitRepository] readonly GitRepository Repository;</c>
/// or make one with <see cref="FromLocalDirectory(AbsolutePath)"/> or <see cref="FromUrl"/>. On a CI agent, which checks out
/// a detached HEAD, the branch comes from the CI variables (<c>GITHUB_HEAD_REF</c>, <c>GITHUB_REF</c>,
/// <c>BUILD_SOURCEBRANCH</c>, <c>CI_COMMIT_REF_NAME</c>, ...) as in NUKE.
/// </summary>
public sealed class GitRepository
{
    private GitRepository(GitProtocol? protocol, string? endpoint, string? identifier, string? branch)
    {
        Protocol = protocol;
        Endpoint = endpoint;
        Identifier = identifier;
        Branch = branch;
    }

    /// <summary>How the remote is reached, or null without a remote.</summary>
    public GitProtocol? Protocol { get; }

    /// <summary>The remote's host: <c>github.com</c>; null without a remote.</summary>
    public string? Endpoint { get; }

    /// <summary>The remote's path: <c>owner/name</c>; null without a remote.</summary>
    public string? Identifier { get; }

    /// <summary>The branch, without <c>refs/heads/</c>; null for a detached HEAD that no CI variable explains.</summary>
    public string? Branch { get; private init; }

    /// <summary>The top of the work tree; null for a repository made from a URL.</summary>
    public AbsolutePath? LocalDirectory { get; private init; }

    /// <summary>What HEAD points at: <c>refs/heads/main</c>, or a commit when detached.</summary>
    public string? Head { get; private init; }

    /// <summary>The commit checked out (full sha); null in a repository without commits.</summary>
    public string? Commit { get; private init; }

    /// <summary>The tags on <see cref="Commit"/>.</summary>
    public IReadOnlyCollection<string> Tags { get; private init; } = [];

    /// <summary>The remote the branch tracks (<c>origin</c>), or null.</summary>
    public string? RemoteName { get; private init; }

    /// <summary>The remote branch the branch tracks, without <c>refs/heads/</c>, or null.</summary>
    public string? RemoteBranch { get; private init; }

    /// <summary><c>https://host/owner/name.git</c>, or null without a remote.</summary>
    public string? HttpsUrl => Endpoint is null ? null : $"https://{Endpoint}/{Identifier}.git";

    /// <summary><c>git@host:owner/name.git</c>, or null without a remote.</summary>
    public string? SshUrl => Endpoint is null ? null : $"git@{Endpoint}:{Identifier}.git";

    /// <summary>A repository known only by its remote URL (nothing local).</summary>
    /// <param name="url">An https or ssh remote URL.</param>
    /// <param name="branch">The branch, if known.</param>
    /// <exception cref="ArgumentException">Not a remote URL.</exception>
    public static GitRepository FromUrl(string url, string? branch = null)
    {
        var (protocol, endpoint, identifier) = GitRemoteUrl.Parse(url);
        return new GitRepository(protocol, endpoint, identifier, branch);
    }

    /// <summary>The repository whose work tree holds <paramref name="directory"/>, read with the git CLI; CI branch
    /// variables come from this process's environment.</summary>
    /// <param name="directory">A directory inside the work tree.</param>
    /// <exception cref="InvalidOperationException">Not inside a git work tree.</exception>
    public static GitRepository FromLocalDirectory(AbsolutePath directory) =>
        FromLocalDirectory(directory, EnvironmentInfo.Variables);

    /// <summary>The repository whose work tree holds <paramref name="directory"/>, with CI branch variables from <paramref name="environment"/>.</summary>
    /// <param name="directory">A directory inside the work tree.</param>
    /// <param name="environment">The variables a CI host sets (<c>GITHUB_REF</c>, ...).</param>
    /// <exception cref="InvalidOperationException">Not inside a git work tree.</exception>
    public static GitRepository FromLocalDirectory(AbsolutePath directory, IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(environment);
        var top = Git(directory, "rev-parse", "--show-toplevel")
            ?? throw new InvalidOperationException($"'{directory}' is not inside a git work tree. Run 'git init' there, or read the repository from its work tree.");
        var root = AbsolutePath.Create(top);
        var commit = Git(root, "rev-parse", "--verify", "-q", "HEAD^{commit}");
        var attached = Git(root, "symbolic-ref", "-q", "HEAD");
        var branch = CurrentBranchResolver.FromEnvironment(environment) ?? (attached is null ? null : CurrentBranchResolver.Normalize(attached));
        var remoteName = branch is null ? null : Git(root, "config", "--get", $"branch.{branch}.remote");
        var merge = branch is null ? null : Git(root, "config", "--get", $"branch.{branch}.merge");
        var url = Git(root, "config", "--get", $"remote.{remoteName ?? "origin"}.url");
        var (protocol, endpoint, identifier) = url is null ? (null, null, null) : TryParse(url);
        var tags = commit is null ? [] : (Git(root, "tag", "--points-at", commit) ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new GitRepository(protocol, endpoint, identifier, branch)
        {
            LocalDirectory = root,
            Head = attached ?? commit,
            Commit = commit,
            Tags = tags,
            RemoteName = merge is null ? null : remoteName,
            RemoteBranch = merge is null ? null : CurrentBranchResolver.Normalize(merge),
        };
    }

    /// <summary>The same repository on another branch.</summary>
    /// <param name="branch">The branch.</param>
    public GitRepository SetBranch(string branch) => new(Protocol, Endpoint, Identifier, branch)
    {
        LocalDirectory = LocalDirectory,
        Head = Head,
        Commit = Commit,
        Tags = Tags,
        RemoteName = RemoteName,
        RemoteBranch = RemoteBranch,
    };

    /// <summary>The remote URL in the repository's protocol, or the local directory without a remote.</summary>
    public override string ToString() => (Protocol == GitProtocol.Ssh ? SshUrl : HttpsUrl) ?? LocalDirectory?.ToString() ?? string.Empty;

    private static (GitProtocol?, string?, string?) TryParse(string url)
    {
        try
        {
            var (protocol, endpoint, identifier) = GitRemoteUrl.Parse(url);
            return (protocol, endpoint, identifier);
        }
        catch (ArgumentException)
        {
            // A remote that is a local path (a clone of a clone): the repository has no host to name.
            return (null, null, null);
        }
    }

    private static string? Git(string directory, params string[] arguments)
    {
        var result = Core.SynchronousWait.For(GitCli.RunAsync(directory, arguments), "NUKE's GitRepository is synchronous (FromLocalDirectory)");
        return result.ExitCode == 0 && result.Output.Trim() is { Length: > 0 } output ? output : null;
    }
}
