using System.Globalization;
using System.Text;
using Automation.Versioning;

namespace Automation.IntegrationTests.Versioning;

/// <summary>
/// A temporary git repository built with the real git CLI, for replaying GitVersion's scenario tests. Every commit,
/// merge and annotated tag gets the next day of a fixed calendar (noon UTC), so shas and commit dates are
/// deterministic. <see cref="AssertFullSemVer"/> computes the version and, on failure, prints the expected value,
/// every variable and the history graph.
/// </summary>
internal sealed class VersioningRepository : IDisposable
{
    public const string ConfigurationFileName = "GitVersion.yml";

    /// <summary>The date of the first commit; each later commit, merge or annotated tag is one day later.</summary>
    public static readonly DateTimeOffset FirstCommitDate = new(2024, 2, 27, 12, 0, 0, TimeSpan.Zero);

    private readonly string _ownedDirectory;

    private int _commits;

    private VersioningRepository(string root, string ownedDirectory)
    {
        Root = root;
        _ownedDirectory = ownedDirectory;
    }

    public string Root { get; }

    /// <summary>The date given to the last commit, merge or annotated tag.</summary>
    public DateTimeOffset LastCommitDate => FirstCommitDate.AddDays(_commits - 1);

    /// <summary>The full sha of HEAD.</summary>
    public string Head => Git("rev-parse", "HEAD");

    /// <summary>A new empty repository whose first commit will be on <paramref name="initialBranch"/>.</summary>
    public static VersioningRepository Create(string initialBranch = "main")
    {
        var root = NewDirectory("versioning");
        var repository = new VersioningRepository(root, root);
        repository.Git("init", "--quiet", $"--initial-branch={initialBranch}");
        repository.Git("config", "user.name", "Versioning Tests");
        repository.Git("config", "user.email", "versioning@automation.invalid");
        repository.Git("config", "commit.gpgsign", "false");
        repository.Git("config", "tag.gpgsign", "false");
        repository.Git("config", "advice.detachedHead", "false");
        repository.Git("config", "core.autocrlf", "false");
        repository.Git("config", "gc.auto", "0");

        // The configuration file is never committed and never counts as an uncommitted change.
        File.AppendAllText(Path.Combine(repository.Root, ".git", "info", "exclude"), $"\n/{ConfigurationFileName}\n/GitVersion.yaml\n");
        return repository;
    }

    /// <summary>
    /// GitVersion's <c>BaseGitFlowRepositoryFixture</c>: <paramref name="initialMainAction"/> on <c>main</c>, then
    /// <c>develop</c> branched from it with one commit, checked out.
    /// </summary>
    public static VersioningRepository CreateGitFlow(Action<VersioningRepository> initialMainAction)
    {
        ArgumentNullException.ThrowIfNull(initialMainAction);
        var repository = Create();
        initialMainAction(repository);
        repository.BranchTo("develop");
        repository.Commit();
        return repository;
    }

    /// <summary>GitVersion's <c>BaseGitFlowRepositoryFixture(initialVersion)</c>: a tagged commit on main, develop one commit ahead.</summary>
    public static VersioningRepository CreateGitFlow(string initialVersion) => CreateGitFlow(r => r.TaggedCommit(initialVersion));

    /// <summary>A <c>git clone --depth 1</c> of <paramref name="source"/> through a <c>file://</c> URL (so the depth applies).</summary>
    public static VersioningRepository CloneShallow(VersioningRepository source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parent = NewDirectory("versioning-clone");
        var url = new Uri(source.Root + Path.DirectorySeparatorChar).AbsoluteUri;
        Check(GitCli.Run(parent, ["clone", "--quiet", "--depth", "1", url, "clone"]));
        return new VersioningRepository(Path.Combine(parent, "clone"), parent);
    }

    /// <summary>An empty commit with <paramref name="message"/> (default: <c>commit N</c>); returns its sha.</summary>
    public string Commit(string? message = null)
    {
        var number = _commits + 1;
        GitAtNextDate("commit", "--quiet", "--allow-empty", "-m", message ?? $"commit {number.ToString(CultureInfo.InvariantCulture)}");
        return Head;
    }

    public void Commits(int count)
    {
        for (var i = 0; i < count; i++)
        {
            Commit();
        }
    }

    /// <summary>GitVersion's <c>MakeATaggedCommit</c>: a commit and a lightweight tag on it.</summary>
    public string TaggedCommit(string tag, string? message = null)
    {
        var sha = Commit(message);
        Tag(tag);
        return sha;
    }

    /// <summary>GitVersion's <c>ApplyTag</c>: a lightweight tag on HEAD.</summary>
    public void Tag(string name) => Git("tag", name);

    public void AnnotatedTag(string name, string message) => GitAtNextDate("tag", "--annotate", name, "--message", message);

    public void DeleteTag(string name) => Git("tag", "--delete", name);

    /// <summary>GitVersion's <c>BranchTo</c>: creates a branch at HEAD and checks it out.</summary>
    public void BranchTo(string name) => Git("checkout", "--quiet", "-b", name);

    /// <summary>GitVersion's <c>Repository.CreateBranch</c>: creates a branch without checking it out.</summary>
    public void CreateBranch(string name, string? startPoint = null)
    {
        if (startPoint is null)
        {
            Git("branch", name);
        }
        else
        {
            Git("branch", name, startPoint);
        }
    }

    /// <summary>Checks out a branch, or a tag or sha (detached HEAD).</summary>
    public void Checkout(string reference) => Git("checkout", "--quiet", reference);

    public void Detach(string commitish) => Git("checkout", "--quiet", "--detach", commitish);

    /// <summary>GitVersion's <c>Remove</c>: deletes a branch.</summary>
    public void DeleteBranch(string name) => Git("branch", "--quiet", "-D", name);

    /// <summary>
    /// GitVersion's <c>MergeNoFF</c>: a merge commit into the current branch, with LibGit2Sharp's message
    /// <c>Merge branch 'source'</c> (no <c>into ...</c> suffix) unless another <paramref name="message"/> is given.
    /// </summary>
    public string MergeNoFF(string source, string? message = null)
    {
        GitAtNextDate("merge", "--quiet", "--no-ff", "--no-edit", "-m", message ?? MergeMessage(source), source);
        return Head;
    }

    /// <summary>LibGit2Sharp's default <c>Merge</c>: fast-forwards when possible, else a merge commit with its message.</summary>
    public string Merge(string source)
    {
        GitAtNextDate("merge", "--quiet", "--no-edit", "-m", MergeMessage(source), source);
        return Head;
    }

    /// <summary>A fast-forward merge; fails if the branches diverged.</summary>
    public void FastForward(string source) => Git("merge", "--quiet", "--ff-only", source);

    /// <summary>GitVersion's <c>MergeTo</c>: merges the current branch into <paramref name="target"/> (no-ff), optionally deleting it.</summary>
    public void MergeTo(string target, bool removeBranchAfterMerging = false)
    {
        var source = Git("rev-parse", "--abbrev-ref", "HEAD");
        Checkout(target);
        MergeNoFF(source);
        if (removeBranchAfterMerging)
        {
            DeleteBranch(source);
        }
    }

    /// <summary>
    /// GitVersion's <c>CreatePullRequestRef(from, to, number, normalise: true)</c>: merges <paramref name="from"/> into
    /// <paramref name="to"/> on a detached HEAD, stores it as <c>refs/pull/N/merge</c>, and checks it out as the branch
    /// <c>pull/N/merge</c>.
    /// </summary>
    public string CreatePullRequestRef(string from, string to, int number = 2)
    {
        Detach(to);
        var merge = MergeNoFF(from);
        var name = $"pull/{number.ToString(CultureInfo.InvariantCulture)}/merge";
        Git("update-ref", $"refs/{name}", merge);
        Checkout(to);
        Git("checkout", "--quiet", "-b", name, merge);
        return merge;
    }

    /// <summary>Writes <c>GitVersion.yml</c> at the root (uncommitted and excluded, so it changes neither history nor status).</summary>
    public void Configure(string yaml, string fileName = ConfigurationFileName) => File.WriteAllText(Path.Combine(Root, fileName), yaml);

    public void RemoveConfiguration() => File.Delete(Path.Combine(Root, ConfigurationFileName));

    public void WriteFile(string relativePath, string content) => File.WriteAllText(Path.Combine(Root, relativePath), content);

    /// <summary>Runs git in the repository; fails the test on a non-zero exit code; returns the trimmed standard output.</summary>
    public string Git(params string[] arguments) => Check(GitCli.Run(Root, arguments)).StandardOutput.Trim();

    public VersionVariables Calculate(string? branchOverride = null, IReadOnlyDictionary<string, string>? environment = null, bool allowShallow = false) =>
        VersionCalculator.Calculate(new VersionRequest
        {
            RepositoryDirectory = Root,
            BranchOverride = branchOverride,
            AllowShallow = allowShallow,
            Environment = environment ?? new Dictionary<string, string>(),
        });

    /// <summary>Computes the version and asserts its <c>FullSemVer</c>; on failure prints the variables and the history.</summary>
    public VersionVariables AssertFullSemVer(string expected, string? branchOverride = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        VersionVariables actual;
        try
        {
            actual = Calculate(branchOverride, environment);
        }
        catch (Exception exception)
        {
            Assert.Fail($"Expected FullSemVer {expected}, but the calculation threw:{Environment.NewLine}{exception}{Environment.NewLine}{Describe()}");
            throw;
        }

        if (actual.FullSemVer != expected)
        {
            Assert.Fail($"Expected FullSemVer {expected}, actual {actual.FullSemVer}.{Environment.NewLine}{Format(actual)}{Describe()}");
        }

        return actual;
    }

    /// <summary>The history graph, HEAD and the configuration file, for failure messages.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine("--- git log --graph --oneline --all --decorate ---");
        text.AppendLine(GitCli.Run(Root, ["log", "--graph", "--oneline", "--all", "--decorate"]).StandardOutput.TrimEnd());
        text.AppendLine("--- HEAD ---");
        text.AppendLine(GitCli.Run(Root, ["log", "-1", "--format=%H %D"]).StandardOutput.TrimEnd());
        var configuration = Path.Combine(Root, ConfigurationFileName);
        if (File.Exists(configuration))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"--- {ConfigurationFileName} ---");
            text.AppendLine(File.ReadAllText(configuration).TrimEnd());
        }

        return text.ToString();
    }

    public static string Format(VersionVariables variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var text = new StringBuilder("--- actual variables ---").AppendLine();
        foreach (var property in typeof(VersionVariables).GetProperties())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{property.Name} = {property.GetValue(variables) ?? "null"}");
        }

        return text.ToString();
    }

    public void Dispose() => DeleteDirectory(_ownedDirectory);

    /// <summary>A fresh directory under the system temp folder (not inside any repository).</summary>
    public static string NewDirectory(string prefix)
    {
        var path = Path.Combine(Path.GetTempPath(), "automation-it", $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    public static void DeleteDirectory(string path)
    {
        try
        {
            // Git makes its object files read-only, which stops a recursive delete on Windows.
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp directory is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }

    private static string MergeMessage(string source) => $"Merge branch '{source}'";

    private static GitResult Check(GitResult result)
    {
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private void GitAtNextDate(params string[] arguments)
    {
        var date = FirstCommitDate.AddDays(_commits++).ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);
        Check(GitCli.Run(Root, arguments, new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = date, ["GIT_COMMITTER_DATE"] = date }));
    }
}
