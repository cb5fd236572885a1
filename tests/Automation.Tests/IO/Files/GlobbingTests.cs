using Automation.Tests.Support;

namespace Automation.Tests.IO.Files;

/// <summary>NUKE's <c>Globbing</c> class called by name, as real builds do: <c>Globbing.GlobFiles(ArtifactsDirectory / "nuget", "*.nupkg")</c>.</summary>
public sealed class GlobbingTests : IDisposable
{
    private readonly TestRepository _repository = new();

    private AbsolutePath RootDirectory => AbsolutePath.Create(_repository.Root);

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void GlobFiles_by_name_finds_the_packages_a_push_target_uploads()
    {
        var artifacts = RootDirectory / "artifacts";
        (artifacts / "nuget" / "Lib.1.0.0.nupkg").WriteAllText("x");
        (artifacts / "nuget" / "Lib.1.0.0.snupkg").WriteAllText("x");
        (artifacts / "nuget" / "old" / "Lib.0.9.0.nupkg").WriteAllText("x");

        IReadOnlyCollection<AbsolutePath> packages = Globbing.GlobFiles(artifacts / "nuget", "*.nupkg");
        IReadOnlyCollection<string> everywhere = Globbing.GlobFiles(artifacts.ToString(), "**/*.nupkg");

        Assert.Equal(["Lib.1.0.0.nupkg"], packages.Select(p => p.Name));
        Assert.Equal([(artifacts / "nuget" / "Lib.1.0.0.nupkg").ToString(), (artifacts / "nuget" / "old" / "Lib.0.9.0.nupkg").ToString()], everywhere.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void GlobDirectories_by_name_finds_bin_and_obj()
    {
        (RootDirectory / "src" / "App" / "bin" / "a.dll").WriteAllText("x");
        (RootDirectory / "src" / "App" / "obj" / "b.json").WriteAllText("x");

        var directories = Globbing.GlobDirectories(RootDirectory / "src", "**/bin", "**/obj");
        var asText = Globbing.GlobDirectories((RootDirectory / "src").ToString(), "**/bin");

        Assert.Equal(["bin", "obj"], directories.Select(d => d.Name).Order(StringComparer.Ordinal));
        Assert.Equal([(RootDirectory / "src" / "App" / "bin").ToString()], asText);
    }
}
