using Automation.Components;

namespace Automation.Tests.Components;

/// <summary>What compile leaves in an output folder: not what publishing or the coverage tools write beside it.</summary>
public sealed class CompiledFilesTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("compiled-files-");

    [Fact]
    public void Publish_folders_and_the_coverage_tools_source_root_maps_are_not_compiled_files()
    {
        foreach (var file in new[] { "Lib.dll", "sub/Lib.resources.dll", "publish/Lib.dll", "CoverletSourceRootsMapping_Lib.Tests", ".msCoverageSourceRootsMapping_Lib.Tests" })
        {
            var path = Path.Combine(_folder.FullName, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file);
        }

        var files = CompiledFiles.Under(AbsolutePath.Create(_folder.FullName)).Select(f => Path.GetRelativePath(_folder.FullName, f).Replace('\\', '/')).Order(StringComparer.Ordinal);

        Assert.Equal(["Lib.dll", "sub/Lib.resources.dll"], files);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
