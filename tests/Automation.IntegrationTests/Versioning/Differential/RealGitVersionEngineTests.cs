using Automation.Components;
using Automation.Differential.Oracle;

namespace Automation.IntegrationTests.Versioning.Differential;

/// <summary>
/// <c>--version-engine GitVersion</c>: the <c>version</c> target runs the real GitVersion 6.8.2 (the program in the
/// GitVersion.MsBuild package the differential harness restores) and hands its answer on like the built-in one's.
/// </summary>
public sealed class RealGitVersionEngineTests
{
    private sealed class Build : AutomationBuild, IVersion
    {
        Target Pack => _ => _.DependsOn<IVersion>().Executes(ctx => ctx.Info($"packing {((IVersion)this).CurrentVersion.InformationalVersion}"));
    }

    [GitVersionFact]
    public async Task The_package_in_the_NuGet_folder_computes_the_version_and_it_reaches_github_actions()
    {
        var oracle = GitVersionOracleSource.Required;
        using var repository = BranchBehindMain();
        // A workflow only the real GitVersion knows (the built-in engine refuses it): the build succeeds only when
        // GitVersion computed the version.
        repository.Configure("workflow: TrunkBased/preview1\n");
        var expected = await oracle.RunAsync(repository.Root);
        var outputs = Path.Combine(Directory.CreateTempSubdirectory("automation-github-").FullName, "output");
        // A package folder with only GitVersion.MsBuild/6.8.2/tools/net10.0/gitversion.dll in it: the machine's own folder
        // may hold a GitVersion.Tool too, which the engine would rightly prefer.
        var package = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(oracle.Program)!, "..", "..", ".."));
        var packages = Directory.CreateTempSubdirectory("automation-gitversion-packages-").FullName;
        Directory.CreateSymbolicLink(Path.Combine(packages, Path.GetFileName(package)), package);

        var (exitCode, output) = Run(repository, new Dictionary<string, string> { ["GITHUB_OUTPUT"] = outputs, ["NUGET_PACKAGES"] = packages }, "pack", "--version-engine", "gitversion", "--host", "github-actions");

        Assert.True(exitCode == 0, output);
        Assert.Contains("the real GitVersion", output, StringComparison.Ordinal);
        Assert.Contains($"Version {expected["FullSemVer"]} on feature/behind", output, StringComparison.Ordinal);
        Assert.Contains($"packing {expected["InformationalVersion"]}", output, StringComparison.Ordinal);
        var handedOn = File.ReadAllText(outputs);
        foreach (var name in new[] { "SemVer", "FullSemVer", "MajorMinorPatch", "AssemblySemVer", "AssemblySemFileVer" })
        {
            Assert.Contains($"{name}<<", handedOn, StringComparison.Ordinal);
            Assert.Contains($"\n{expected[name]}\n", handedOn, StringComparison.Ordinal);
        }
    }

    [GitVersionFact]
    public void A_path_to_gitversion_dll_is_used_and_a_missing_program_fails_the_target_saying_how_to_get_it()
    {
        using var repository = BranchBehindMain();
        var empty = Directory.CreateTempSubdirectory("automation-no-packages-").FullName;
        var variables = new Dictionary<string, string> { ["NUGET_PACKAGES"] = empty };

        var found = Run(repository, variables, "version", "--version-engine", "GitVersion", "--git-version-path", GitVersionOracleSource.Required.Program);
        var missing = Run(repository, variables, "version", "--version-engine", "GitVersion");

        Assert.True(found.ExitCode == 0, found.Output);
        Assert.Contains(GitVersionOracleSource.Required.Program, found.Output, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("dotnet tool install GitVersion.Tool", missing.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", missing.Output, StringComparison.Ordinal);
    }

    // A branch behind main: one of the histories where the built-in engine is known to answer differently.
    private static VersioningRepository BranchBehindMain()
    {
        var repository = VersioningRepository.Create();
        repository.TaggedCommit("1.0.0");
        repository.CreateBranch("feature/behind");
        repository.Commits(2);
        repository.Checkout("feature/behind");
        return repository;
    }

    private static (int ExitCode, string Output) Run(VersioningRepository repository, Dictionary<string, string> variables, params string[] arguments)
    {
        Directory.CreateDirectory(Path.Combine(repository.Root, ".nuke"));
        foreach (var name in new[] { "HOME", "PATH", "DOTNET_ROOT" })
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                variables.TryAdd(name, value);
            }
        }

        using var output = new StringWriter { NewLine = "\n" };
        var exitCode = AutomationBuild.Execute<Build>(new BuildEnvironment
        {
            Arguments = arguments,
            Variables = variables,
            WorkingDirectory = repository.Root,
            Output = output,
        });
        return (exitCode, output.ToString());
    }
}
