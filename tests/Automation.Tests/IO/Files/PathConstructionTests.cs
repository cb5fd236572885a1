using Automation.Tests.Support;
using static Automation.PathConstruction;

namespace Automation.Tests.IO.Files;

/// <summary>NUKE 6's <c>using static Nuke.Common.IO.PathConstruction;</c> globs: a plain call gives path strings, as NUKE's did.</summary>
public sealed class PathConstructionTests : IDisposable
{
    private readonly TestRepository _repository = new();

    private AbsolutePath RootDirectory => AbsolutePath.Create(_repository.Root);

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void A_plain_glob_call_with_an_AbsolutePath_gives_strings_as_under_NUKE_6()
    {
        (RootDirectory / "src" / "A" / "bin" / "a.dll").WriteAllText("x");
        (RootDirectory / "src" / "A" / "obj" / "a.json").WriteAllText("{}");
        (RootDirectory / "src" / "A" / "A.csproj").WriteAllText("<Project />");

        // Kari's build (NUKE 6): BuildDirs = GlobDirectories(RootDirectory, "**bin").Concat(GlobDirectories(RootDirectory, "**obj")).ToList();
        List<string> directories = [.. GlobDirectories(RootDirectory, "**/bin").Concat(GlobDirectories(RootDirectory, "**/obj"))];
        List<string> projects = [.. GlobFiles(RootDirectory / "src", "**/*.csproj")];

        Assert.Equal([(RootDirectory / "src" / "A" / "bin").ToString(), (RootDirectory / "src" / "A" / "obj").ToString()], directories);
        Assert.Equal([(RootDirectory / "src" / "A" / "A.csproj").ToString()], projects);
    }
}
