using System.Runtime.CompilerServices;
using Automation.IntegrationTests.Tools.Resolution;
using Automation.IntegrationTests.Versioning.Differential;
using TestGitRepository = Automation.IntegrationTests.Tools.Git.GitRepository;

namespace Automation.IntegrationTests.Tools.GitVersion;

/// <summary>
/// NUKE's <c>GitVersionTasks.GitVersion(...)</c> running the real GitVersion 6.8.2: the program inside the
/// GitVersion.MsBuild package the build project downloads, found as NUKE finds GitVersion.Tool, in a real repository.
/// </summary>
public sealed class GitVersionTasksTests
{
    private static readonly AsyncLocal<StrongBox<Automation.GitVersion?>> Seen = new();

    [GitVersionFact]
    public async Task The_real_GitVersion_from_the_build_projects_package_gives_NUKEs_object_with_its_numbers()
    {
        _ = GitVersionOracleSource.Required;
        using var repository = await TestGitRepository.CreateAsync();
        await repository.CommitAsync("a.txt", "a", "first");
        await repository.GitAsync("tag", "2.3.0");
        await repository.CommitAsync("b.txt", "b", "second");
        Directory.CreateDirectory(Path.Combine(repository.Root, ".nuke"));
        Directory.CreateDirectory(Path.Combine(repository.Root, "build"));
        await File.WriteAllTextAsync(Path.Combine(repository.Root, "build", "_build.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup><PackageDownload Include="GitVersion.MsBuild" Version="[6.8.2]" /></ItemGroup>
            </Project>
            """);
        await repository.GitAsync("add", "-A");
        await repository.GitAsync("commit", "--quiet", "-m", "build");
        var seen = Seen.Value = new StrongBox<Automation.GitVersion?>();

        var run = InProcessBuild.Run<PromoterStyleBuild>(repository.Root, new Dictionary<string, string>(), TimeSpan.FromSeconds(60), "version");

        run.AssertExitCode(0);
        var version = Assert.IsType<Automation.GitVersion>(seen.Value);
        Assert.Equal(2, version.Major);
        Assert.Equal(3, version.Minor);
        Assert.Equal(1, version.Patch);
        Assert.Equal(2, version.CommitsSinceVersionSource);
        Assert.StartsWith("2.3.1", version.FullSemVer, StringComparison.Ordinal);
        Assert.Contains("/nofetch", run.Output, StringComparison.Ordinal);
        Assert.Contains("gitversion.dll", run.Output, StringComparison.Ordinal);
    }

    private sealed class PromoterStyleBuild : AutomationBuild
    {
        Target Version => _ => _.Executes(() =>
        {
            var settings = new GitVersionSettings().SetProcessWorkingDirectory(RootDirectory).SetFramework("net10.0").EnableNoFetch().EnableNoCache();
            Seen.Value!.Value = GitVersionTasks.GitVersion(settings).Result;
        });
    }
}
