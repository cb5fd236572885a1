namespace Automation.IntegrationTests.Support;

/// <summary>
/// The C# compiler server the builds of one test run share. Each compile of a sample, the bootstrap or a pack would
/// otherwise start the compiler afresh and pay its start-up and JIT, a few CPU seconds each, hundreds of times a run
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
    /// Ends this run's server, after the compiles it is running; nothing to do when no compile started one. Fails,
    /// naming what went wrong, when the server could not be asked to end (it would then stay until its idle timeout).
    /// </summary>
    public static async Task ShutdownAsync()
    {
        var server = await FindServerAsync();
        var result = await ChildProcess.RunAsync("dotnet", ["exec", server, "-shutdown", $"-pipename:{PipeName}"], Checkout.Root, StepTimeout);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"The compiler server '{PipeName}' of this test run did not shut down: {result}");
        }
    }

    // The server of the SDK the builds use (global.json picks it): <sdk folder>/<version>/Roslyn/bincore/VBCSCompiler.dll.
    private static async Task<string> FindServerAsync()
    {
        var version = (await DotNetAsync("--version")).Trim();
        var sdks = (await DotNetAsync("--list-sdks")).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var listed = sdks.FirstOrDefault(line => line.StartsWith(version + " [", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"dotnet --list-sdks does not list the SDK {version} the builds use:{Environment.NewLine}{string.Join(Environment.NewLine, sdks)}");
        var server = Path.Combine(listed[(version.Length + 2)..^1], version, "Roslyn", "bincore", "VBCSCompiler.dll");
        return File.Exists(server) ? server : throw new InvalidOperationException($"The SDK {version} has no compiler server at {server}.");
    }

    private static async Task<string> DotNetAsync(string argument)
    {
        var result = await ChildProcess.RunAsync("dotnet", [argument], Checkout.Root, StepTimeout);
        return result.ExitCode == 0
            ? result.StandardOutput
            : throw new InvalidOperationException($"dotnet {argument} failed, so the compiler server of this test run cannot be found: {result}");
    }
}
