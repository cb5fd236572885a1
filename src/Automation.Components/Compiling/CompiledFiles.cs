using Automation.Incremental;

namespace Automation.Components;

/// <summary>The files a compile leaves in an output folder, without what later steps add there.</summary>
internal static class CompiledFiles
{
    // The source-root maps of coverlet.collector and of Microsoft's code coverage, for deterministic coverage reports:
    // written by any build of a test project, also the design-time builds of lint (dotnet format) and the IDE, with
    // content that depends on how it was built. Coverage bookkeeping, not compiled code: neither compile's output nor
    // pack's input.
    private static readonly string[] CoverageMapPrefixes = ["CoverletSourceRootsMapping_", ".msCoverageSourceRootsMapping_"];

    // The name the compile target's state is kept under: ICompile.Compile on the command line.
    private const string CompileTarget = "compile";

    /// <summary>Every file under <paramref name="folder"/> (none when it does not exist) outside <c>publish/</c> folders,
    /// but the coverage tools' source-root maps.</summary>
    public static IEnumerable<AbsolutePath> Under(AbsolutePath folder) =>
        folder.DirectoryExists()
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(file => !Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar).SkipLast(1).Contains("publish", StringComparer.OrdinalIgnoreCase))
                .Where(file => !CoverageMapPrefixes.Any(prefix => Path.GetFileName(file).StartsWith(prefix, StringComparison.Ordinal)))
                .Select(AbsolutePath.Create)
            : [];

    /// <summary>
    /// Those of <paramref name="outputs"/> that the last successful <c>compile</c> left (all of them when it has no
    /// record): what pack reads of compile's output, without the files later targets, such as tests, added beside them.
    /// </summary>
    public static IEnumerable<AbsolutePath> AsCompileLeftThem(AbsolutePath root, IEnumerable<AbsolutePath> outputs) =>
        RecordedOutputs.Among(root, CompileTarget, outputs);
}
