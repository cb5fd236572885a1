using Automation.Tests.Support;

namespace Automation.Tests.CommandLine;

/// <summary>The repository root: <c>--root &lt;dir&gt;</c>, or the nearest ancestor of the working directory holding <c>.nuke/</c>.</summary>
public sealed class RootTests
{
    private sealed class Build : AutomationBuild
    {
        Target Where => _ => _.Executes(ctx => Trace.Record($"{RootDirectory}|{ctx.RootDirectory}"));
    }

    [Fact]
    public void The_working_directory_holding_nuke_is_the_root()
    {
        using var repo = new TestRepository();

        var run = BuildHarness.Run<Build>(new BuildOptions { Repository = repo }, "where");

        Assert.Equal([$"{repo.Root}|{repo.Root}"], run.Trace);
    }

    [Fact]
    public void The_root_is_found_from_a_subdirectory()
    {
        using var repo = new TestRepository();
        var sub = Path.Combine(repo.Root, "src", "sub");
        Directory.CreateDirectory(sub);

        var run = BuildHarness.Run<Build>(new BuildOptions { Repository = repo, WorkingDirectory = sub }, "where");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([$"{repo.Root}|{repo.Root}"], run.Trace);
        Assert.NotNull(run.Log);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Root_option_picks_the_root(bool relative)
    {
        using var here = new TestRepository();
        using var other = new TestRepository();
        var root = relative ? Path.GetRelativePath(here.Root, other.Root) : other.Root;

        var run = BuildHarness.Run<Build>(new BuildOptions { Repository = other, WorkingDirectory = here.Root }, "where", "--root", root);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([$"{other.Root}|{other.Root}"], run.Trace);
        Assert.NotNull(run.Log);
    }

    [Fact]
    public void Root_option_that_does_not_exist_is_a_usage_error()
    {
        var run = BuildHarness.Run<Build>("where", "--root", "/does/not/exist");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--root '/does/not/exist' does not exist.", run.Output, StringComparison.Ordinal);
    }

    // A fresh temporary folder and a fresh src/ are never roots; the file system's root is tested where it is not one.
    [Theory]
    [InlineData("temp")]
    [InlineData("src")]
    public void Root_option_refuses_a_directory_that_is_not_a_repository_root(string given) => AssertRefusedAsRoot(given);

    [NotARootFact("/")]
    public void Root_option_refuses_the_file_system_root_when_it_is_not_a_repository_root() => AssertRefusedAsRoot("/");

    private static void AssertRefusedAsRoot(string given)
    {
        using var repo = new TestRepository();
        var outside = Directory.CreateTempSubdirectory("automation-not-a-root-");
        try
        {
            Directory.CreateDirectory(Path.Combine(repo.Root, "src"));
            var root = given == "temp" ? outside.FullName : given;
            var directory = Path.GetFullPath(root, repo.Root);

            var run = BuildHarness.Run<Build>(new BuildOptions { Repository = repo }, "where", "--root", root);

            Assert.Equal(2, run.ExitCode);
            Assert.Empty(run.Trace);
            var error = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
            Assert.Equal(
                $"error: --root '{root}' is not a repository root: it holds neither a .nuke/ folder nor a .git of a git top level. " +
                "Pass the repository's top folder, or create .nuke/ in that directory first.",
                error);
            Assert.False(Directory.Exists(Path.Combine(directory, ".nuke")));
        }
        finally
        {
            outside.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Root_option_takes_a_git_top_level(bool gitFile)
    {
        using var here = new TestRepository();
        var top = Directory.CreateTempSubdirectory("automation-git-top-");
        try
        {
            // A worktree or submodule has a .git file pointing at the real git directory.
            if (gitFile)
            {
                File.WriteAllText(Path.Combine(top.FullName, ".git"), "gitdir: /elsewhere/.git/worktrees/top\n");
            }
            else
            {
                Directory.CreateDirectory(Path.Combine(top.FullName, ".git"));
            }

            var run = BuildHarness.Run<Build>(new BuildOptions { Repository = here }, "where", "--root", top.FullName);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal([$"{top.FullName}|{top.FullName}"], run.Trace);
        }
        finally
        {
            top.Delete(recursive: true);
        }
    }

    [OutsideAnyRootFact]
    public void No_nuke_folder_anywhere_up_is_a_usage_error()
    {
        var outside = Directory.CreateTempSubdirectory("automation-no-root-");
        try
        {
            var work = Directory.CreateDirectory(Path.Combine(outside.FullName, "work"));

            var run = BuildHarness.Run<Build>(new BuildOptions { WorkingDirectory = work.FullName }, "where");

            Assert.Equal(2, run.ExitCode);
            Assert.Empty(run.Trace);
            Assert.Contains("No repository root found", run.Output, StringComparison.Ordinal);
            Assert.Contains("Create .nuke/ at the root, or pass --root <dir>.", run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(work.FullName, ".nuke")));
        }
        finally
        {
            outside.Delete(recursive: true);
        }
    }
}
