using Automation.Cli.Setup.Porting;
using Automation.IntegrationTests.Setup;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Porting;

/// <summary>
/// The corpus of NUKE-style builds (Porting/Corpus, written from NUKE's documented template and idioms) after the port
/// rewrite only, referencing this checkout's packages from a folder feed as a user's build would: each compiles, plans,
/// and runs its compile target, which builds a sample solution with a real <c>dotnet build</c> and leaves the effects
/// <see cref="CorpusEffects"/> checks. A build that does not compile fails with the errors left, grouped as setup shows
/// them. Corpus/README.md maps each row of issue 16's table to the builds that cover it.
/// </summary>
[Collection(InstalledToolCollection.Name)]
public sealed class NukeCorpusTests(InstalledTool tool, PortedCorpus corpus) : IClassFixture<PortedCorpus>
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(3);

    public static TheoryData<string> Builds => new(AllBuilds);

    private static IEnumerable<string> AllBuilds =>
        Directory.EnumerateDirectories(PortedCorpus.CorpusFolder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(Builds))]
    public async Task A_nuke_build_compiles_plans_and_builds_the_solution_after_the_port_rewrite(string name)
    {
        var compilation = await corpus.CompileAsync(tool, [.. AllBuilds]);
        var root = corpus.RepositoryOf(name);
        var program = corpus.BuildProgramOf(name);
        var ownLines = string.Join('\n', compilation.AllOutput.Split('\n').Where(line => line.Contains(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)));
        var left = PortDiagnostics.Parse(ownLines, AbsolutePath.Create(root));
        Assert.True(
            left.ErrorCount == 0 && program is not null,
            $"{name} does not compile after the port rewrite: {left.ErrorCount} errors left\n{string.Join('\n', left.Describe(limit: 30))}\n{(left.ErrorCount == 0 ? $"{compilation}\nbuild/ holds: {string.Join(", ", corpus.FilesOf(name).Take(40))}" : string.Empty)}");

        var plan = await ChildProcess.RunAsync("dotnet", [program!, "--plan"], root, RunTimeout);
        plan.AssertExitCode(0);
        Assert.Contains("compile", plan.StandardOutput, StringComparison.OrdinalIgnoreCase);

        var run = await ChildProcess.RunAsync("dotnet", [program!, "compile"], root, RunTimeout);
        run.AssertExitCode(0);
        Assert.True(Directory.EnumerateFiles(Path.Combine(root, "src", "Lib", "bin"), "Lib.dll", SearchOption.AllDirectories).Any(), $"{name}'s compile target did not build the sample solution.\n{run}");
        await CorpusEffects.AssertAsync(name, root, program!, run);
    }
}
