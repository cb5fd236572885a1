using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Setup;

/// <summary>
/// The three packages (Automation, Automation.Components, Automation.Cli) packed from a copy of this checkout's sources
/// into a folder feed, at a version no other run uses, so the shared NuGet cache can never hand out a stale build.
/// The copy keeps the checkout's own bin/ and obj/ (which the running tests use) untouched.
/// <para>All three are packed by ONE <c>dotnet pack</c> of a solution listing them: one pack per project started MSBuild,
/// restored and checked the whole reference graph three times (Automation.Cli references the other two), for the
/// same packages.</para>
/// </summary>
internal sealed class PackageFeed
{
    public static readonly string[] PackageIds = ["Automation", "Automation.Components", "Automation.Cli"];

    private static readonly string[] RootFiles = ["Directory.Build.props", "README.md", "LICENSE", "global.json", "build.sh", "build.cmd", "build.ps1"];
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private PackageFeed(string directory, string version)
    {
        Directory = directory;
        Version = version;
    }

    public string Directory { get; }

    public string Version { get; }

    public static async Task<PackageFeed> PackAsync(TempDirectory workspace)
    {
        var version = $"0.0.0-e2e.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        var source = workspace.PathOf("source");
        foreach (var file in RootFiles)
        {
            CopyFile(Path.Combine(Checkout.Root, file), Path.Combine(source, file));
        }

        CopySources(Path.Combine(Checkout.Root, "src"), Path.Combine(source, "src"));
        var feed = workspace.PathOf("feed");
        var solution = Path.Combine(source, "packages.slnx");
        File.WriteAllText(solution, "<Solution>\n" + string.Concat(PackageIds.Select(id => $"  <Project Path=\"src/{id}/{id}.csproj\" />\n")) + "</Solution>\n");

        // PackageOutputPath, not -o: a solution's -o is a warning (NETSDK1194), and a shared folder is what is wanted here.
        (await ChildProcess.RunAsync("dotnet", ["pack", solution, "-c", "Release", $"-p:PackageOutputPath={feed}", $"-p:Version={version}", "-nologo"], source, Timeout))
            .AssertExitCode(0);
        var packed = System.IO.Directory.GetFiles(feed, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(PackageIds.Select(id => $"{id}.{version}.nupkg").Order(StringComparer.Ordinal), packed);

        return new PackageFeed(feed, version);
    }

    /// <summary>Removes this version from the NuGet cache: every run packs a new one, and none should pile up.</summary>
    public void RemoveFromPackageCache()
    {
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in PackageIds)
        {
            var idFolder = Path.Combine(cache, id.ToLowerInvariant());
            var folder = Path.Combine(idFolder, Version);
            if (System.IO.Directory.Exists(folder))
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }

            // The id's folder exists only for test versions when the real package never came from a feed.
            if (System.IO.Directory.Exists(idFolder) && !System.IO.Directory.EnumerateFileSystemEntries(idFolder).Any())
            {
                System.IO.Directory.Delete(idFolder);
            }
        }
    }

    private static void CopySources(string from, string to)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (!parts.Contains("bin") && !parts.Contains("obj"))
            {
                CopyFile(file, Path.Combine(to, relative));
            }
        }
    }

    private static void CopyFile(string from, string to)
    {
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
    }
}
