using System.Diagnostics;
using System.Net.Sockets;
using Automation.IntegrationTests.Components.Support;
using Automation.IntegrationTests.Support;
using TestGit = Automation.IntegrationTests.Versioning.GitCli;

namespace Automation.IntegrationTests.Delivery;

/// <summary>
/// The delivery sample in a temp folder: a git repository with the configuration layers and hooks, tagged versions,
/// deploy roots for staging and production outside it, and free ports for their apps. Disposing stops the apps the
/// deployed hooks started.
/// </summary>
internal sealed class DeliverySample : IDisposable
{
    public const string Canary = "canary-token-5b1e0c";

    private readonly TempDirectory _directory = new("delivery");

    public DeliverySample(string appBinaries)
    {
        Repository = Path.Combine(_directory.Root, "repo");
        AppBinaries = appBinaries;
        StagingRoot = Path.Combine(_directory.Root, "hosts", "staging");
        ProductionRoot = Path.Combine(_directory.Root, "hosts", "production");
        StagingPort = FreePort();
        do
        {
            ProductionPort = FreePort();
        }
        while (ProductionPort == StagingPort);
        Write("deploy/prepare.sh", DeliverySampleSources.PrepareHook);
        Write("deploy/deployed.sh", DeliverySampleSources.DeployedHook);
        foreach (var (path, content) in DeliverySampleSources.ConfigurationLayers)
        {
            Write(path, content);
        }

        Write(".nuke/parameters.json", "{}");
        Git("init", "--quiet", "--initial-branch=main");
        Git("config", "user.email", "dev@sample.invalid");
        Git("config", "user.name", "Sample Developer");
        Commit("Sample app deployment", "1.0.0");
    }

    public string Repository { get; }

    public string AppBinaries { get; }

    public string StagingRoot { get; set; }

    public string ProductionRoot { get; }

    public int StagingPort { get; }

    public int ProductionPort { get; }

    /// <summary>Roots whose apps are stopped on dispose (a remote root is a local folder too: the SSH server is this machine).</summary>
    public List<string> AppRoots { get; } = [];

    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Repository, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return path;
    }

    /// <summary>Commits everything and tags the commit <c>v{version}</c>, which the build's version becomes.</summary>
    public void Commit(string message, string version)
    {
        Git("add", "--all");
        Git("commit", "--quiet", "--allow-empty", "-m", message);
        Git("tag", $"v{version}");
    }

    public string Git(params string[] arguments)
    {
        var result = TestGit.Run(Repository, arguments);
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', arguments)} failed: {result.StandardError}");
        return result.StandardOutput.Trim();
    }

    /// <summary>Runs the sample's build in this process; its commands (sh, ssh, rsync, git, the hooks) are real child processes.</summary>
    public ComponentRun Run(IReadOnlyDictionary<string, string>? variables, CancellationToken interrupt, params string[] args)
    {
        var environment = new Dictionary<string, string>(BuildEnvironment.ProcessVariables(), StringComparer.Ordinal);
        foreach (var name in new[] { "GITHUB_ACTIONS", "GITHUB_ACTOR", "TF_BUILD", "GITLAB_CI", "GITLAB_USER_LOGIN", "BUILD_REQUESTEDFOREMAIL", "CI" })
        {
            environment.Remove(name);
        }

        environment["APP_BINARIES"] = AppBinaries;
        environment["STAGING_HOST"] = StagingRoot;
        environment["PRODUCTION_HOST"] = ProductionRoot;
        environment["STAGING_PORT"] = StagingPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["PRODUCTION_PORT"] = ProductionPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        environment["API_TOKEN"] = Canary;
        foreach (var (name, value) in variables ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }

        using var output = new StringWriter();
        var clock = Stopwatch.StartNew();
        var exitCode = AutomationBuild.Execute<DeliveryBuild>(new BuildEnvironment
        {
            Arguments = args,
            Variables = environment,
            WorkingDirectory = Repository,
            Output = output,
            Interrupt = interrupt,
        });
        return new ComponentRun(exitCode, output.ToString().ReplaceLineEndings("\n"), clock.Elapsed);
    }

    public ComponentRun Run(params string[] args)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        return Run(null, timeout.Token, args);
    }

    /// <summary>The version <c>&lt;root&gt;/live</c> names.</summary>
    public static string? Live(string root) =>
        new FileInfo(Path.Combine(root, "live")).LinkTarget is { } target ? Path.GetFileName(target) : null;

    /// <summary>The body of <c>http://127.0.0.1:port/</c>.</summary>
    public static async Task<string> GetAsync(int port, string path = "/")
    {
        // The app answers at once (the deploy waited for its health); the timeout only ends a test that went wrong.
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        return await client.GetStringAsync(new Uri($"http://127.0.0.1:{port}{path}")).ConfigureAwait(false);
    }

    public void Dispose()
    {
        foreach (var root in AppRoots.Append(StagingRoot).Append(ProductionRoot).Distinct())
        {
            var pidFile = Path.Combine(root, "app.pid");
            if (File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid))
            {
                try
                {
                    using var app = Process.GetProcessById(pid);
                    app.Kill(entireProcessTree: true);
                }
                catch (ArgumentException)
                {
                    // Already gone.
                }
            }
        }

        _directory.Dispose();
    }

    // A port the kernel hands out for outgoing connections (32768 and up on Linux) may be taken by any process's
    // connection between this choice and the app's start: a busy machine makes many. Ports below that range are
    // only ever taken on purpose, so the sample's apps find theirs free.
    private static int FreePort()
    {
        while (true)
        {
            var port = Random.Shared.Next(20000, 32000);
            try
            {
                using var listener = new TcpListener(System.Net.IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try another.
            }
        }
    }
}
