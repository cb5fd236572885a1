using System.Text.RegularExpressions;
using Automation.IntegrationTests.Processes;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup.RealWorld;

/// <summary>
/// SLOW (about a minute and a half per shape): the first ten minutes of a new user, on five repositories shaped like
/// the real ones where setup used to leave a red build. For each: <c>automation :setup --yes</c> once (from the tool
/// installed out of this checkout's packages), commit, then <c>./build.sh</c> and a second <c>./build.sh pack</c> must
/// both pass: tests counted, the packages made, and the second pack all up to date, its test targets included (a
/// separate <c>./build.sh test</c> between them proved nothing more and cost a run per shape).
/// </summary>
[Collection(InstalledToolCollection.Name)]
public sealed partial class RealWorldSetupTests(InstalledTool tool)
{
    public static TheoryData<RepositoryShape> Shapes =>
    [
        new MultiTargetingWithLockFiles(),
        new CentralPackagesWithFindings(),
        new SolutionUnderSrcWithUnconventionalTests(),
        new IgnoredBuildFolderWithoutCollector(),
        new ExistingNukeBuild(),
    ];

    [LinuxTheory]
    [Trait("Category", "Slow")]
    [MemberData(nameof(Shapes))]
    public async Task Slow_setup_then_build_test_and_pack_again_all_pass(RepositoryShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var repository = new SampleRepository(tool.Workspace.PathOf(shape.GetType().Name));
        foreach (var (path, content) in shape.Files(tool.FeedDirectory))
        {
            repository.Write(path, content);
        }

        await repository.GitAsync("init", "-q", "-b", "main");
        await shape.PrepareAsync(repository);
        await repository.CommitAllAsync("The library as it was");

        var setup = (await repository.RunAsync(tool.Automation, ":setup", "--yes")).AssertExitCode(0);
        await shape.CheckSetupAsync(repository, setup);
        await repository.CommitAllAsync("Automation build");

        var first = (await repository.RunAsync("bash", "build.sh")).AssertExitCode(0);
        var (passed, failed, skipped) = shape.Tests;
        Assert.Matches($"(?m)^Tests: {passed} passed, {failed} failed, {skipped} skipped", first.StandardOutput);
        var packages = Directory.GetFiles(repository.PathOf("artifacts/packages"), "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(shape.Packages, packages.Select(name => PackageId().Match(name!).Groups["id"].Value));
        shape.CheckFirstBuild(repository, first);

        var second = (await repository.RunAsync("bash", "build.sh", "pack")).AssertExitCode(0);
        var statuses = SummaryRow().Matches(second.StandardOutput).ToDictionary(m => m.Groups["target"].Value, m => m.Groups["status"].Value);
        Assert.Equal("UpToDate", statuses["pack"]);
        // None of the shapes has integration tests, so that target has nothing to run; everything else is as it was.
        Assert.All(
            statuses.Where(s => s.Key != "version"),
            s => Assert.True(s.Value == (s.Key == "integration-test" ? "Skipped" : "UpToDate"), $"{s.Key} was {s.Value} in the second pack:\n{second}"));
    }

    // Lib.1.2.3-alpha.4.nupkg → Lib
    [GeneratedRegex(@"^(?<id>.+?)\.\d+\.\d+\.\d+")]
    private static partial Regex PackageId();

    [GeneratedRegex(@"^(?<target>[a-z][a-z-]*) +(?<status>Succeeded|UpToDate|Failed|Skipped|NotRun)\b", RegexOptions.Multiline)]
    private static partial Regex SummaryRow();
}
