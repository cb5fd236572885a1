namespace Automation.IntegrationTests.Support;

/// <summary>
/// The C# compiler server the builds of one test run share. Each compile of a sample, the bootstrap or a pack would
/// otherwise start the compiler afresh and pay its start-up and JIT, a few CPU seconds each, many times a run
/// (and this machine's environment may turn the server off with <c>UseSharedCompilation=false</c>). The server is
/// named for this test process, so concurrent runs on one machine, and other builds of the same user, never share it,
/// and the run starts using it before its first test and ends it after its last
/// (<see cref="SharedCompilerTestFramework"/>): nothing is left running.
/// </summary>
public static class CompilerServer
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The server's pipe name (MSBuild's <c>SharedCompilationId</c>): this test process's own.</summary>
    public static string PipeName { get; } = $"automation-tests-{Environment.ProcessId}";

    /// <summary>
    /// Points every compile this process starts at this run's server: the children the tests start and the commands
    /// the in-process builds launch inherit this process's environment. Set once, before the first test.
    /// </summary>
    public static void UseForThisProcess()
    {
        Environment.SetEnvironmentVariable("UseSharedCompilation", "true");
        Environment.SetEnvironmentVariable("SharedCompilationId", PipeName);
    }

    /// <summary>
    /// Ends this run's server, after the compiles it is running; nothing to do when no compile started one. Every SDK
    /// installed is asked (a sample without global.json may compile with another SDK than this checkout). Fails, naming
    /// what went wrong, when the server could not be asked to end (it would then stay until its idle timeout).
    /// </summary>
    public static async Task ShutdownAsync()
    {
        foreach (var server in await InstalledServersAsync())
        {
            var result = await ChildProcess.RunAsync("dotnet", ["exec", server, "-shutdown", $"-pipename:{PipeName}"], Checkout.Root, StepTimeout);
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"The compiler server '{PipeName}' of this test run did not shut down ({server}): {result}");
            }
        }
    }

    // Each SDK's server, <sdk folder>/<version>/Roslyn/bincore/VBCSCompiler.dll, from lines like "10.0.401 [/usr/share/dotnet/sdk]".
    private static async Task<IReadOnlyList<string>> InstalledServersAsync()
    {
        var result = await ChildProcess.RunAsync("dotnet", ["--list-sdks"], Checkout.Root, StepTimeout);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet --list-sdks failed, so the compiler server of this test run cannot be shut down: {result}");
        }

        var servers = result.StandardOutput.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(" [", 2))
            .Where(parts => parts.Length == 2 && parts[1].EndsWith(']'))
            .Select(parts => Path.Combine(parts[1][..^1], parts[0], "Roslyn", "bincore", "VBCSCompiler.dll"))
            .Where(File.Exists)
            .ToList();
        return servers.Count > 0
            ? servers
            : throw new InvalidOperationException($"No SDK listed by dotnet --list-sdks has a compiler server (Roslyn/bincore/VBCSCompiler.dll):{Environment.NewLine}{result.StandardOutput}");
    }
}
