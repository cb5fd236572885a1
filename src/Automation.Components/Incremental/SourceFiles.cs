using Automation.IO;
using Automation.Versioning.Git;

namespace Automation.Components;

/// <summary>
/// The repository's source files, the inputs of every target that builds from source: what git tracks plus untracked
/// files it does not ignore (an untracked new <c>.cs</c> file is compiled all the same), never the build's own output
/// (<c>artifacts/</c>, <c>.nuke/temp/</c>, any <c>bin/</c> or <c>obj/</c> folder) nor NuGet's package folders inside the
/// root (<see cref="NuGetPackageFolders"/>). Outside a git repository, every file under the root but those. Over-inclusive on purpose: a README edit re-runs compile, a wrong skip would be worse.
/// </summary>
internal static class SourceFiles
{
    // git exits with 128 outside a repository.
    private const int NotARepository = 128;

    private static readonly string[] OutputFolders = ["artifacts/", NukeLayout.RelativeTemporaryDirectory + "/"];

    private static readonly StringComparison PathComparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static readonly HashSet<string> ProjectExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".csproj", ".fsproj", ".vbproj", ".proj", ".props", ".targets", ".sln", ".slnx",
    };

    private static readonly HashSet<string> RestoreFileNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "packages.lock.json", "nuget.config", "global.json", "dotnet-tools.json",
    };

    /// <summary>The source files under <paramref name="root"/>, in ordinal order.</summary>
    /// <remarks>For synchronous callers such as <c>InputFiles(() =&gt; ...)</c>; async code uses <see cref="ListAsync"/>.</remarks>
    public static IReadOnlyList<AbsolutePath> List(AbsolutePath root)
    {
        // InputFiles lists are synchronous callbacks of the up-to-date check; git ls-files runs on the pool and never
        // needs the waiting thread.
#pragma warning disable VSTHRD002 // Avoid problematic synchronous waits: see above.
        return ListAsync(root).GetAwaiter().GetResult();
#pragma warning restore VSTHRD002
    }

    /// <summary>The source files under <paramref name="root"/>, in ordinal order, listed without holding a thread.</summary>
    /// <param name="root">The folder to list (git is asked from there).</param>
    /// <param name="cancellationToken">Stops git.</param>
    public static async Task<IReadOnlyList<AbsolutePath>> ListAsync(AbsolutePath root, CancellationToken cancellationToken = default)
    {
        var listed = await ListWithGitAsync(root, cancellationToken).ConfigureAwait(false);
        IReadOnlyCollection<string> paths = listed?.ExitCode switch
        {
            0 => listed.Output.Split('\0', StringSplitOptions.RemoveEmptyEntries),
            null or NotARepository => [.. FileGlob.Expand(root, ["**/*"])],
            _ => throw new IOException($"git ls-files failed with exit code {listed.ExitCode}: {listed.Error.Trim()}"),
        };
        string[] excluded = [.. OutputFolders, .. NuGetPackageFolders.Within(root, paths)];
        return
        [
            .. paths
                .Where(path => !excluded.Any(folder => path.StartsWith(folder, PathComparison)) && !IsBuildOutput(path))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Select(path => root / path),
        ];
    }

    // MSBuild leaves bin/ and obj/ out of every project's items too; a repository that does not git-ignore them must
    // not have compile's outputs among its inputs.
    private static bool IsBuildOutput(string path) =>
        path.Split('/').SkipLast(1).Any(segment => segment.Equals("bin", StringComparison.OrdinalIgnoreCase) || segment.Equals("obj", StringComparison.OrdinalIgnoreCase));

    // Run in the root, git prints paths relative to it, also when the root is a sub-folder of the repository.
    private static async Task<GitResult?> ListWithGitAsync(AbsolutePath root, CancellationToken cancellationToken)
    {
        try
        {
            return await GitCli.RunAsync(root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."], cancellationToken).ConfigureAwait(false);
        }
        catch (Versioning.VersioningException)
        {
            return null; // git is not installed: list the files without it
        }
    }

    /// <summary>The source files that decide what <c>dotnet restore</c> does: project, props and targets files, solutions,
    /// lock files, <c>nuget.config</c>, <c>global.json</c> and the local tool manifest.</summary>
    public static IEnumerable<AbsolutePath> RestoreInputs(AbsolutePath root) =>
        List(root).Where(file => ProjectExtensions.Contains(Path.GetExtension(file.Name)) || RestoreFileNames.Contains(file.Name));
}
