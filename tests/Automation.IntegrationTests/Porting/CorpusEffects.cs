using System.Text.RegularExpressions;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Porting;

/// <summary>
/// What a corpus build's <c>compile</c> run must have done besides building the solution: the effects of the NUKE
/// members that mean something only when they run (changelog and git tasks, the injected repository and version,
/// fluent Reset and CombineWith, the environment, the generated workflow). Corpus/README.md maps each row of issue 16's
/// table to the build that covers it. Serilog may quote a string value, so the patterns allow a quote around values.
/// </summary>
internal static class CorpusEffects
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static async Task AssertAsync(string name, string root, string program, ProcessResult run)
    {
        var output = run.StandardOutput;
        switch (name)
        {
            case "BuildAttributes":
                // The test's CHANGELOG.md has "- Ported from NUKE" unreleased and "- First release" under 1.0.0.
                Has(output, @"Release notes of 1\.0\.0: ""?- First release""?\s*$");
                Has(output, @"Latest release in the changelog: ""?1\.0\.0\b");
                Has(output, $@"Building commit ""?{await HeadAsync(root)}\b");
                break;
            case "CiHosts":
                Has(output, $@"Linux: {OperatingSystem.IsLinux()}; PATH set: True");
                Assert.Equal("built", File.ReadAllText(Path.Combine(root, "artifacts", "note.txt")));
                break;
            case "Components":
                Has(output, @"Compiled version ""?\d+\.\d+\.\d+");
                Has(output, "CorpusBuild=Components");
                break;
            case "GitHubActionsWorkflow":
                await GeneratedWorkflowAsync(root, program);
                break;
            case "GitRepository":
                Has(output, $@"Branch ""?main""? at ""?{await HeadAsync(root)}\b");
                break;
            case "GitVersion":
                Has(output, @"Version ""?\d+\.\d+\.\d+");
                break;
            case "Logging":
                // CombineWith built both configurations; without ResetNoRestore the first would fail (nothing restored).
                foreach (var configuration in (string[])["Debug", "Release"])
                {
                    Assert.True(File.Exists(Path.Combine(root, "src", "Lib", "bin", configuration, "net10.0", "Lib.dll")), $"CombineWith did not build {configuration}.\n{run}");
                }

                break;
            case "Template":
                // [Solution(GenerateProjects = true)]: the package's source generator gave the build a typed Lib member.
                Has(output, $@"Generated member ""?Lib""? in ""?{Regex.Escape(Path.Combine(root, "src", "Lib"))}");
                break;
            case "ProcessTasks":
                // StdToText is one text, as in NUKE (not a list of lines).
                Has(output, @"^SDK ""?\d+\.\d+\.\d+");
                Has(output, $@"Commit ""?{await HeadAsync(root)}""? on");
                Has(output, $@"git logger got ""?{(await HeadAsync(root))[..7]}");
                break;
        }
    }

    // The attribute of the build's own subclass is written with its custom step; the others have AutoGenerate = false.
    private static async Task GeneratedWorkflowAsync(string root, string program)
    {
        (await ChildProcess.RunAsync("dotnet", [program, "--generate-ci"], root, Timeout)).AssertExitCode(0);
        var workflow = File.ReadAllText(Path.Combine(root, ".github", "workflows", "continuous.yml"));
        Assert.Contains("- name: Show the installed SDKs", workflow, StringComparison.Ordinal);
        Assert.Contains("run: dotnet --list-sdks", workflow, StringComparison.Ordinal);
        Assert.Contains("fetch-depth: 0", workflow, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(root, ".github", "workflows", "pull-requests.yml")), "pull-requests.yml was written despite AutoGenerate = false");
        Assert.False(File.Exists(Path.Combine(root, "azure-pipelines.yml")), "azure-pipelines.yml was written despite AutoGenerate = false");
    }

    private static void Has(string output, string pattern) =>
        Assert.True(Regex.IsMatch(output, pattern, RegexOptions.Multiline | RegexOptions.IgnoreCase), $"No line matches /{pattern}/ in the output:\n{output}");

    private static async Task<string> HeadAsync(string root)
    {
        var result = await ChildProcess.RunAsync("git", ["rev-parse", "HEAD"], root, Timeout);
        result.AssertExitCode(0);
        return result.StandardOutput.Trim();
    }
}
