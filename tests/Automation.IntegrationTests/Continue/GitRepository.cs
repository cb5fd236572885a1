using Automation.IntegrationTests.Versioning;

namespace Automation.IntegrationTests.Continue;

/// <summary>A git repository made in a build root (which its owner deletes), driven by the real git CLI; the state
/// folder is ignored, as in a real repository.</summary>
public sealed class GitRepository
{
    public GitRepository(string root)
    {
        Root = root;
        Directory.CreateDirectory(PathOf(".nuke"));
        File.WriteAllText(PathOf(".gitignore"), ".nuke/temp/\n");
        Git("init", "--quiet", "--initial-branch=main");
    }

    public string Root { get; }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    /// <summary>Commits everything, and returns the new HEAD.</summary>
    public string Commit(string message)
    {
        Git("add", "-A");
        Git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "--quiet", "--allow-empty", "-m", message);
        return Head();
    }

    public string Head(string? directory = null) => GitIn(directory ?? Root, "rev-parse", "HEAD").Trim();

    public string Git(params string[] arguments) => GitIn(Root, arguments);

    private static string GitIn(string directory, params string[] arguments)
    {
        var result = GitCli.Run(directory, arguments);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.StandardOutput;
    }
}
