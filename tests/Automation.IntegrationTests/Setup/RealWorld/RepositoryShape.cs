using System.IO.Compression;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup.RealWorld;

/// <summary>
/// One shape of real repository that made <c>automation :setup</c> fail before: the files the test writes (shaped like a
/// real library's), what it runs before committing them, and what it checks after setup and after the first build.
/// </summary>
public abstract class RepositoryShape
{
    /// <summary>The shape's name, as the test case shows it.</summary>
    public abstract string Name { get; }

    /// <summary>The test results the first build counts (passed, failed, skipped).</summary>
    public abstract (int Passed, int Failed, int Skipped) Tests { get; }

    /// <summary>The package ids the build produces.</summary>
    public abstract IReadOnlyList<string> Packages { get; }

    /// <summary>The repository's files, relative to its root; <paramref name="feed"/> is the folder feed with the Automation packages.</summary>
    public abstract IReadOnlyDictionary<string, string> Files(string feed);

    /// <summary>What the repository's own history has done before setup (a restore writing lock files, a solution).</summary>
    public abstract Task PrepareAsync(SampleRepository repository);

    /// <summary>Checks what setup said and wrote.</summary>
    public virtual Task CheckSetupAsync(SampleRepository repository, ProcessResult setup) => Task.CompletedTask;

    /// <summary>Checks what the first <c>./build.sh</c> said and left.</summary>
    public virtual void CheckFirstBuild(SampleRepository repository, ProcessResult build)
    {
    }

    public override string ToString() => Name;

    /// <summary>Creates a solution with <paramref name="projects"/> (paths relative to the root) at <paramref name="solution"/>.</summary>
    protected static async Task CreateSolutionAsync(SampleRepository repository, string solution, params string[] projects)
    {
        var folder = Path.GetDirectoryName(solution) is { Length: > 0 } directory ? repository.PathOf(directory) : repository.Root;
        (await ChildProcess.RunAsync("dotnet", ["new", "sln", "-n", Path.GetFileNameWithoutExtension(solution), "--format", Path.GetExtension(solution).TrimStart('.')], folder, TimeSpan.FromMinutes(2)))
            .AssertExitCode(0);
        (await repository.RunAsync("dotnet", ["sln", solution, "add", .. projects])).AssertExitCode(0);
    }

    /// <summary>The names of the entries of the package <paramref name="nupkg"/>.</summary>
    protected static IReadOnlyList<string> Entries(string nupkg)
    {
        using var archive = ZipFile.OpenRead(nupkg);
        return archive.Entries.Select(entry => entry.FullName).ToList();
    }
}
