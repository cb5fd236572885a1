using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Tools.Git;

/// <summary>A temporary git repository made with the git CLI (local identity, branch <c>main</c>), which is also a build root.</summary>
public sealed class GitRepository : IDisposable
{
    private static readonly TimeSpan GitTimeout = TimeSpan.FromSeconds(30);

    private readonly TempDirectory _directory = new("git-tools");

    private GitRepository()
    {
    }

    public string Root => _directory.Root;

    /// <summary>An empty repository on <c>main</c>; <c>.nuke/</c> (the build root marker and its log) is excluded locally, so it never counts as untracked.</summary>
    public static async Task<GitRepository> CreateAsync()
    {
        var repository = new GitRepository();
        await repository.GitAsync("init", "--quiet", "--initial-branch=main");
        await repository.GitAsync("config", "user.name", "Automation Tests");
        await repository.GitAsync("config", "user.email", "tests@automation.invalid");
        await repository.GitAsync("config", "commit.gpgsign", "false");
        await repository.GitAsync("config", "tag.gpgsign", "false");
        repository.Write(Path.Combine(".git", "info", "exclude"), ".nuke/\n");
        Directory.CreateDirectory(repository._directory.PathOf(".nuke"));
        return repository;
    }

    public void Write(string relativePath, string content) => _directory.Write(relativePath, content);

    /// <summary>Writes a file, stages everything and commits; returns the new HEAD's sha.</summary>
    public async Task<string> CommitAsync(string file, string content, string message)
    {
        Write(file, content);
        await GitAsync("add", "--all");
        await GitAsync("commit", "--quiet", "-m", message);
        return await GitAsync("rev-parse", "HEAD");
    }

    /// <summary>Runs git in the repository; fails the test on a non-zero exit code; returns the trimmed standard output.</summary>
    public async Task<string> GitAsync(params string[] arguments)
    {
        var result = await ChildProcess.RunAsync("git", arguments, Root, GitTimeout);
        result.AssertExitCode(0);
        return result.StandardOutput.Trim();
    }

    public void Dispose() => _directory.Dispose();
}
