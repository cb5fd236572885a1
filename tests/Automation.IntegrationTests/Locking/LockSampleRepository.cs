using System.Reflection;
using Automation.IntegrationTests.Sample;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Locking;

/// <summary>
/// A compiled sample build for builds that run at the same time in one root, as child processes (so one can be killed).
/// Its <c>write</c> target writes <c>out/chunks.txt</c> in ten chunks and, after the first, waits for the file
/// <c>release</c> in the root: the tests' latch. <c>outer</c> runs the same build's <c>inner</c> target, in the same root.
/// </summary>
public sealed class LockSampleRepository : IAsyncLifetime
{
    private const string Build = """
        using Automation;

        class Build : AutomationBuild
        {
            public static int Main(string[] args) => Execute<Build>(args, x => x.Write);

            [Parameter("What each chunk says")]
            readonly string Flavor = "plain";

            Target Write => _ => _
                .Inputs(() => Flavor)
                .Outputs("out/*.txt")
                .Executes(async ctx =>
                {
                    Directory.CreateDirectory(RootDirectory / "out");
                    using var file = new FileStream(RootDirectory / "out" / "chunks.txt", FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
                    for (var chunk = 1; chunk <= 10; chunk++)
                    {
                        await file.WriteAsync(System.Text.Encoding.UTF8.GetBytes($"{Flavor} chunk {chunk}\n"), ctx.CancellationToken);
                        await file.FlushAsync(ctx.CancellationToken);
                        if (chunk == 1)
                        {
                            ctx.Info($"writing {Flavor}");
                            File.WriteAllText(RootDirectory / $"started-{Flavor}", string.Empty);
                            while (!File.Exists(RootDirectory / "release"))
                            {
                                await Task.Delay(20, ctx.CancellationToken);
                            }
                        }
                    }
                });

            Target Outer => _ => _
                .Executes(ctx => ctx.Run("dotnet", [typeof(Build).Assembly.Location, "inner", "--no-wait"]));

            Target Inner => _ => _
                .Executes(ctx => ctx.Info("inner ran"));
        }
        """;

    private static readonly TimeSpan CompileTimeout = TimeSpan.FromMinutes(5);

    // The sample is compiled in this test assembly's configuration, so it runs the engine these tests were built with.
    private static readonly string Configuration = typeof(LockSampleRepository).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    private readonly TempDirectory _directory = new("lock-sample");

    public string Root => _directory.Root;

    public string LogPath => PathOf(Path.Combine(".nuke", "temp", "build.log"));

    private string BuildDll => PathOf(Path.Combine(".artifacts", "bin", "_build", Configuration.ToLowerInvariant(), "_build.dll"));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(PathOf(".nuke"));
        _directory.Write("Directory.Build.props", SampleSources.EmptyMsBuildFile);
        _directory.Write("Directory.Build.targets", SampleSources.EmptyMsBuildFile);
        var project = _directory.Write(Path.Combine("build", "_build.csproj"), SampleSources.Project(Checkout.CompiledEngine));
        _directory.Write(Path.Combine("build", "Build.cs"), Build);
        // Its own artifacts folder: writing into this checkout's bin/ would make the checkout's compile target run again.
        var result = await ChildProcess.RunAsync("dotnet", ["build", project, "-c", Configuration, "--artifacts-path", PathOf(".artifacts"), "-nologo", "-v:quiet", "-nodeReuse:false"], Root, CompileTimeout);
        if (result.ExitCode != 0 || !File.Exists(BuildDll))
        {
            throw new InvalidOperationException($"Compiling the lock sample build failed.{Environment.NewLine}{result}");
        }
    }

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }

    public string PathOf(string relativePath) => _directory.PathOf(relativePath);

    /// <summary>Starts <c>dotnet _build.dll args</c> in the root; <paramref name="launcher"/> (e.g. <c>env ...</c>) goes in front.</summary>
    public ChildProcess Start(IEnumerable<string> args, IReadOnlyList<string>? launcher = null)
    {
        string[] command = [.. launcher ?? [], "dotnet", BuildDll, .. args];
        return ChildProcess.Start(command[0], command[1..], Root);
    }

    public async Task<ProcessResult> RunAsync(params string[] args)
    {
        using var build = Start(args);
        return await build.WaitForExitAsync(SampleRepository.RunTimeout);
    }

    /// <summary>Forgets every earlier test's run: outputs, latch files, state and log.</summary>
    public void Reset()
    {
        foreach (var file in Directory.EnumerateFiles(Root).Where(f => Path.GetFileName(f) is "release" || Path.GetFileName(f).StartsWith("started-", StringComparison.Ordinal)))
        {
            File.Delete(file);
        }

        foreach (var folder in new[] { PathOf("out"), PathOf(Path.Combine(".nuke", "temp")) }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Opens the latch: waiting <c>write</c> targets go on.</summary>
    public void Release() => File.WriteAllText(PathOf("release"), string.Empty);

    /// <summary>Waits until a <c>write</c> target of that flavor has written its first chunk (and waits for the latch).</summary>
    public async Task WaitUntilStartedAsync(string flavor, TimeSpan timeout)
    {
        using var expiry = new CancellationTokenSource(timeout);
        while (!File.Exists(PathOf($"started-{flavor}")))
        {
            await Task.Delay(20, expiry.Token);
        }
    }

    public bool Started(string flavor) => File.Exists(PathOf($"started-{flavor}"));

    public static string Chunks(string flavor) => string.Concat(Enumerable.Range(1, 10).Select(chunk => $"{flavor} chunk {chunk}\n"));
}
