using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup.RealWorld;

/// <summary>A git repository a test writes and runs commands in (outside any CI detection, so runs are comparable).</summary>
public sealed class SampleRepository(string root)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    // The runs must agree on the configuration (Debug on a laptop, Release on CI) for the second one to be up to date.
    private static readonly Dictionary<string, string?> NotOnCi = new() { ["CI"] = null };

    public string Root { get; } = root;

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public bool Exists(string relative) => File.Exists(PathOf(relative));

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string content)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public Task<ProcessResult> RunAsync(string program, params string[] arguments) =>
        ChildProcess.RunAsync(program, arguments, Root, Timeout, NotOnCi);

    public async Task<ProcessResult> GitAsync(params string[] arguments) =>
        (await RunAsync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false", .. arguments])).AssertExitCode(0);

    public async Task CommitAllAsync(string message)
    {
        await GitAsync("add", "-A");
        await GitAsync("commit", "-q", "-m", message);
    }

    /// <summary>The files git tracks, with forward slashes.</summary>
    public async Task<IReadOnlyList<string>> TrackedFilesAsync() =>
        (await GitAsync("ls-files")).StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
