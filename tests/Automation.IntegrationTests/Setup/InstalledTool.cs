using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup;

/// <summary>
/// The three packages packed from this checkout into a folder feed, and the <c>automation</c> tool installed from it
/// into a folder of its own: what a new user has after <c>dotnet tool install</c>. Made once for the tests that share it.
/// </summary>
public sealed class InstalledTool : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private PackageFeed? _feed;

    public TempDirectory Workspace { get; } = new("installed-tool");

    /// <summary>The folder feed holding the packages (a repository's nuget.config adds it).</summary>
    public string FeedDirectory => Feed.Directory;

    /// <summary>The packages' version, as the tool writes it into the build projects it generates.</summary>
    public string Version => Feed.Version;

    /// <summary>The installed <c>automation</c> command.</summary>
    public string Automation => Workspace.PathOf(Path.Combine("tools", "automation"));

    private PackageFeed Feed => _feed ?? throw new InvalidOperationException("The tool is not installed yet.");

    public async Task InitializeAsync()
    {
        _feed = await PackageFeed.PackAsync(Workspace);
        (await ChildProcess.RunAsync(
            "dotnet",
            ["tool", "install", "Automation.Cli", "--tool-path", Workspace.PathOf("tools"), "--add-source", _feed.Directory, "--version", _feed.Version],
            Workspace.Root,
            Timeout)).AssertExitCode(0);
    }

    public Task DisposeAsync()
    {
        _feed?.RemoveFromPackageCache();
        Workspace.Dispose();
        return Task.CompletedTask;
    }
}
