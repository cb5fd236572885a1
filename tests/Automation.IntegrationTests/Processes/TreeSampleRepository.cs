using Automation.IntegrationTests.Sample;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Processes;

/// <summary>
/// A second compiled sample build, run as a child process so it can receive signals: its <c>tree</c> target starts
/// <see cref="SleepingTree"/> (a shell with children and grandchildren), and an assured <c>cleanup</c> writes a marker.
/// </summary>
public sealed class TreeSampleRepository : IAsyncLifetime
{
#if DEBUG
    private const string Configuration = "Debug";
    private const string OutputFolder = "debug";
#else
    private const string Configuration = "Release";
    private const string OutputFolder = "release";
#endif

    public const int TreeSeconds = 81;

    private const string Build = """
        using Automation;

        class Build : AutomationBuild
        {
            public static int Main(string[] args) => Execute<Build>(args, x => x.Tree);

            Target Tree => _ => _
                .Executes(ctx => ctx.Shell(Script));

            Target Cleanup => _ => _
                .TriggeredBy(Tree)
                .AssuredAfterFailure()
                .Executes(() => File.WriteAllText(TemporaryDirectory / "cleanup.marker", "cleaned"));

            const string Script = SCRIPT;

            Target Escape => _ => _
                .Executes(ctx => ctx.Shell(EscapeFirst));

            // With ESCAPE_TWICE set, the assured target starts a second tree, for a second Ctrl+C to meet.
            Target EscapeCleanup => _ => _
                .TriggeredBy(Escape)
                .AssuredAfterFailure()
                .Executes(ctx => { if (Environment.GetEnvironmentVariable("ESCAPE_TWICE") == "1") ctx.Shell(EscapeSecond); });

            const string EscapeFirst = FIRST;

            const string EscapeSecond = SECOND;

            // A command leaves a job running (adopted by the build when the shell exits); the next waits for a latch.
            Target Adopt => _ => _
                .Executes(ctx =>
                {
                    ctx.Shell(AdoptLeave);
                    ctx.Shell(AdoptWait);
                });

            const string AdoptLeave = LEAVE;

            const string AdoptWait = WAIT;
        }
        """;

    private static readonly TimeSpan CompileTimeout = TimeSpan.FromMinutes(5);

    private readonly TempDirectory _directory = new("tree-sample");

    public string Root => _directory.Root;

    // Everything the compile writes goes under the sample's own artifacts folder: writing into this checkout's bin/
    // would change what its compile target left and make it run again.
    public string BuildDll => _directory.PathOf(Path.Combine(".artifacts", "bin", "_build", OutputFolder, "_build.dll"));

    public string CleanupMarker => _directory.PathOf(Path.Combine(".nuke", "temp", "cleanup.marker"));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory.PathOf(".nuke"));
        _directory.Write("Directory.Build.props", SampleSources.EmptyMsBuildFile);
        _directory.Write("Directory.Build.targets", SampleSources.EmptyMsBuildFile);
        var project = _directory.Write(Path.Combine("build", "_build.csproj"), SampleSources.Project(Checkout.CompiledEngine));
        var source = Build
            .Replace("SCRIPT", Literal(SleepingTree.Script(TreeSeconds)), StringComparison.Ordinal)
            .Replace("FIRST", Literal(EscapingTree.Script(EscapeFolder("first"), 341, orphanClearsEnvironment: true)), StringComparison.Ordinal)
            .Replace("SECOND", Literal(EscapingTree.Script(EscapeFolder("second"), 351, orphanClearsEnvironment: true)), StringComparison.Ordinal)
            .Replace("LEAVE", Literal($"/bin/sh -c 'exec cat \"$0\" > /dev/null' '{AdoptFifo("release")}' < /dev/null > /dev/null 2>&1 & echo \"adopt orphan $!\"; exit 0"), StringComparison.Ordinal)
            .Replace("WAIT", Literal($"echo 'adopt waiting'; cat '{AdoptFifo("done")}' > /dev/null"), StringComparison.Ordinal);
        _directory.Write(Path.Combine("build", "Build.cs"), source);
        var result = await ChildProcess.RunAsync("dotnet", ["build", project, "-c", Configuration, "--artifacts-path", _directory.PathOf(".artifacts"), "-nologo", "-v:quiet", "-nodeReuse:false"], Root, CompileTimeout);
        if (result.ExitCode != 0 || !File.Exists(BuildDll))
        {
            throw new InvalidOperationException($"Compiling the tree sample build failed.{Environment.NewLine}{result}");
        }
    }

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Where the <c>escape</c> target's tree (<c>first</c>) and its assured target's (<c>second</c>) write their PIDs.</summary>
    public string EscapeFolder(string tree) => _directory.PathOf(Path.Combine(".nuke", "temp", "escape-" + tree));

    /// <summary>Starts <c>dotnet _build.dll args</c>; <paramref name="launcher"/> (e.g. <c>setsid</c>) goes in front.</summary>
    public ChildProcess Start(IEnumerable<string> args, IReadOnlyList<string> launcher, IReadOnlyDictionary<string, string?>? environment = null)
    {
        string[] command = [.. launcher, "dotnet", BuildDll, .. args];
        return ChildProcess.Start(command[0], command[1..], Root, environment);
    }

    /// <summary>The FIFOs of the <c>adopt</c> target: <c>release</c> ends the job it leaves running, <c>done</c> ends the target.</summary>
    public string AdoptFifo(string name) => _directory.PathOf(Path.Combine(".nuke", "temp", "adopt-" + name));

    /// <summary>Makes the <c>adopt</c> target's FIFOs anew.</summary>
    public async Task CreateAdoptFifosAsync()
    {
        string[] fifos = [AdoptFifo("release"), AdoptFifo("done")];
        foreach (var fifo in fifos.Where(File.Exists))
        {
            File.Delete(fifo);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(fifos[0])!);
        var result = await ChildProcess.RunAsync("mkfifo", fifos, Root, TimeSpan.FromSeconds(30));
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"mkfifo failed.{Environment.NewLine}{result}");
        }
    }

    /// <summary>Deletes the PID files of earlier runs' escaping trees.</summary>
    public void DeleteEscapeFolders()
    {
        foreach (var folder in new[] { EscapeFolder("first"), EscapeFolder("second") }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public void DeleteCleanupMarker()
    {
        if (File.Exists(CleanupMarker))
        {
            File.Delete(CleanupMarker);
        }
    }

    private static string Literal(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
