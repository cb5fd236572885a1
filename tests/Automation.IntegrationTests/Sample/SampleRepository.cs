using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Sample;

/// <summary>
/// A temporary repository (<c>.nuke/</c>, <c>build/_build.csproj</c>, <c>build/Build.cs</c>) whose build is compiled
/// once per test run, in the configuration of this test assembly, and then run as a child process.
/// </summary>
public sealed class SampleRepository : IAsyncLifetime
{
#if DEBUG
    private const string Configuration = "Debug";
    private const string OutputFolder = "debug";
#else
    private const string Configuration = "Release";
    private const string OutputFolder = "release";
#endif

    public static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan CompileTimeout = TimeSpan.FromMinutes(5);

    private readonly TempDirectory _directory = new("sample");

    public string Root => _directory.Root;

    // Everything the compile writes goes under the sample's own artifacts folder: writing into this checkout's bin/
    // would change what its compile target left and make it run again.
    public string BuildDll => _directory.PathOf(Path.Combine(".artifacts", "bin", "_build", OutputFolder, "_build.dll"));

    public string LogPath => _directory.PathOf(Path.Combine(".nuke", "temp", "build.log"));

    public string CleanupMarker => _directory.PathOf(Path.Combine(".nuke", "temp", "cleanup.marker"));

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_directory.PathOf(".nuke"));
        _directory.Write("Directory.Build.props", SampleSources.EmptyMsBuildFile);
        _directory.Write("Directory.Build.targets", SampleSources.EmptyMsBuildFile);
        var project = _directory.Write(Path.Combine("build", "_build.csproj"), SampleSources.Project(Checkout.CompiledEngine));
        _directory.Write(Path.Combine("build", "Build.cs"), SampleSources.Build);
        var result = await ChildProcess.RunAsync("dotnet", ["build", project, "-c", Configuration, "--artifacts-path", _directory.PathOf(".artifacts"), "-nologo", "-v:quiet", "-nodeReuse:false"], Root, CompileTimeout);
        if (result.ExitCode != 0 || !File.Exists(BuildDll))
        {
            throw new InvalidOperationException($"Compiling the sample build failed.{Environment.NewLine}{result}");
        }
    }

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Starts <c>dotnet _build.dll args</c> in the sample root; <paramref name="launcher"/> (e.g. <c>env ...</c>) goes in front.</summary>
    public ChildProcess Start(IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null, IReadOnlyList<string>? launcher = null)
    {
        string[] command = [.. launcher ?? [], "dotnet", BuildDll, .. args];
        return ChildProcess.Start(command[0], command[1..], Root, WithoutSampleParameters(environment));
    }

    public Task<ProcessResult> RunAsync(params string[] args) => RunAsync(null, args);

    public async Task<ProcessResult> RunAsync(IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        using var build = Start(args, environment);
        return await build.WaitForExitAsync(RunTimeout);
    }

    /// <summary>Deletes the file the cleanup target writes, so a test sees only its own run's.</summary>
    public void DeleteCleanupMarker()
    {
        if (File.Exists(CleanupMarker))
        {
            File.Delete(CleanupMarker);
        }
    }

    public string ReadLog() => File.Exists(LogPath) ? File.ReadAllText(LogPath) : string.Empty;

    // NAME in particular is set in some shells; the tests decide the sample's parameters.
    private static Dictionary<string, string?> WithoutSampleParameters(IReadOnlyDictionary<string, string?>? environment)
    {
        var result = new Dictionary<string, string?>(StringComparer.Ordinal) { ["NAME"] = null, ["API_TOKEN"] = null };
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            result[name] = value;
        }

        return result;
    }
}
