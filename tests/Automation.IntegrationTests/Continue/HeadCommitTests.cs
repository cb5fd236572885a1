using Automation.Incremental;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Continue;

/// <summary>The commit <c>last-run.json</c> records is read from git's files; it must be what <c>git rev-parse HEAD</c> says.</summary>
public sealed class HeadCommitTests : IDisposable
{
    private readonly TempDirectory _directory = new("head-commit");

    private readonly GitRepository _repository;

    public HeadCommitTests() => _repository = new GitRepository(_directory.Root);

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void A_branch_with_a_loose_ref()
    {
        var head = _repository.Commit("first");

        Assert.Equal(head, HeadCommit.Of(AbsolutePath.Create(_repository.Root)));
    }

    [Fact]
    public void A_branch_whose_ref_is_packed()
    {
        _repository.Commit("first");
        _repository.Git("pack-refs", "--all");
        Assert.False(File.Exists(_repository.PathOf(".git/refs/heads/main")));

        Assert.Equal(_repository.Head(), HeadCommit.Of(AbsolutePath.Create(_repository.Root)));
    }

    [Fact]
    public void A_detached_head()
    {
        var first = _repository.Commit("first");
        _repository.Commit("second");
        _repository.Git("checkout", "--quiet", "--detach", first);

        Assert.Equal(first, HeadCommit.Of(AbsolutePath.Create(_repository.Root)));
    }

    [Fact]
    public void A_worktree_and_a_root_below_the_top_level()
    {
        var first = _repository.Commit("first");
        _repository.Commit("second");
        var worktree = _repository.PathOf("worktree");
        _repository.Git("worktree", "add", "--quiet", "-b", "side", worktree, first);
        Directory.CreateDirectory(Path.Combine(worktree, "sub", ".nuke"));

        Assert.Equal(first, HeadCommit.Of(AbsolutePath.Create(Path.Combine(worktree, "sub"))));
        Assert.Equal(_repository.Head(worktree), first);
    }

    [Fact]
    public void A_branch_without_a_commit_and_a_folder_outside_git_have_none()
    {
        Assert.Equal(HeadCommit.None, HeadCommit.Of(AbsolutePath.Create(_repository.Root)));
        Assert.Equal(HeadCommit.None, HeadCommit.Of(AbsolutePath.Create(Path.GetPathRoot(Path.GetTempPath())!)));
    }
}
