using System.Security;
using Automation.Cli.Setup.Porting;
using Automation.IntegrationTests.Setup;
using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Porting;

/// <summary>
/// Every corpus build (Porting/Corpus) ported in a repository of its own, then all compiled by ONE <c>dotnet build</c>
/// of a traversal project: MSBuild builds them in parallel and evaluates and restores once, where one build per
/// test spent most of its time starting MSBuild and checking the referenced packages. Made on the first test's demand,
/// as it needs the packages of the installed-tool collection.
/// </summary>
public sealed class PortedCorpus : IDisposable
{
    private static readonly TimeSpan CompileTimeout = TimeSpan.FromMinutes(10);

    private readonly TempDirectory _workspace = new("nuke-corpus");
    private readonly Lock _gate = new();
    private Task<ProcessResult>? _compilation;

    /// <summary>The folder of the corpus builds, copied next to the test assembly.</summary>
    public static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "Porting", "Corpus");

    /// <summary>The repository <paramref name="name"/> was ported in.</summary>
    public string RepositoryOf(string name) => _workspace.PathOf(name);

    /// <summary>Ports and compiles <paramref name="names"/> together (once); the output of that one build.</summary>
    public Task<ProcessResult> CompileAsync(InstalledTool tool, IReadOnlyCollection<string> names)
    {
        lock (_gate)
        {
            return _compilation ??= PortAndCompileAsync(tool, names);
        }
    }

    /// <summary>The compiled build program of <paramref name="name"/>, or null when it did not compile.</summary>
    public string? BuildProgramOf(string name)
    {
        var output = Path.Combine(RepositoryOf(name), "build", "bin");
        return Directory.Exists(output) ? Directory.EnumerateFiles(output, "_build.dll", SearchOption.AllDirectories).FirstOrDefault() : null;
    }

    /// <summary>The files of <paramref name="name"/>'s build folder, relative to it (for failure messages).</summary>
    public IEnumerable<string> FilesOf(string name)
    {
        var build = Path.Combine(RepositoryOf(name), "build");
        return Directory.Exists(build) ? Directory.EnumerateFiles(build, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(build, file)) : [];
    }

    public void Dispose() => _workspace.Dispose();

    private async Task<ProcessResult> PortAndCompileAsync(InstalledTool tool, IReadOnlyCollection<string> names)
    {
        foreach (var name in names)
        {
            var root = RepositoryOf(name);
            await CorpusSampleRepository.WriteAsync(root, tool.FeedDirectory);
            CopyFolder(Path.Combine(CorpusFolder, name), Path.Combine(root, "build"));
            foreach (var step in NukePort.Plan(AbsolutePath.Create(root), tool.Version))
            {
                await step.Apply();
            }

            await CorpusSampleRepository.CommitAsync(root);
        }

        var traversal = _workspace.Write("corpus.proj", Traversal(names.Select(name => Path.Combine(RepositoryOf(name), "build", "_build.csproj"))));
        return await ChildProcess.RunAsync("dotnet", ["build", traversal, "-m", "-nologo", "-v:quiet", "-nodeReuse:false"], _workspace.Root, CompileTimeout);
    }

    // Restore and Build of every project, in parallel; one project's errors do not stop the others.
    private static string Traversal(IEnumerable<string> projects) => $"""
        <Project DefaultTargets="Build">
          <ItemGroup>
        {string.Concat(projects.Select(project => $"    <CorpusBuild Include=\"{SecurityElement.Escape(project)}\" />\n"))}  </ItemGroup>
          <Target Name="Restore">
            <MSBuild Projects="@(CorpusBuild)" Targets="Restore" BuildInParallel="true" ContinueOnError="true" />
          </Target>
          <Target Name="Build">
            <MSBuild Projects="@(CorpusBuild)" Targets="Build" BuildInParallel="true" ContinueOnError="true" />
          </Target>
        </Project>

        """;

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
