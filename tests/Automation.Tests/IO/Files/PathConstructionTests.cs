using Automation.Tests.Support;
using static Automation.Globbing;
using static Automation.PathConstruction;

namespace Automation.Tests.IO.Files;

/// <summary>
/// NUKE's <c>using static Nuke.Common.IO.PathConstruction;</c> (NUKE 6) and <c>using static Nuke.Common.IO.Globbing;</c>
/// (NUKE 7+) globs, both imported as prosemirror-dotnet's build does: a plain call gives path strings, as NUKE's did.
/// </summary>
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

    [Fact]
    public void The_AbsolutePath_forms_are_the_extension_methods_and_Globbing_by_name()
    {
        (RootDirectory / "artifacts" / "A.1.0.0.nupkg").WriteAllText("x");
        (RootDirectory / "artifacts" / "A.1.0.0.symbols.nupkg").WriteAllText("x");

        // prosemirror-dotnet: GlobFiles(NugetDirectory, "*.nupkg").Where(x => !x.EndsWith("symbols.nupkg"))
        var packages = GlobFiles(RootDirectory / "artifacts", "*.nupkg").Where(x => !x.EndsWith("symbols.nupkg", StringComparison.Ordinal)).ToList();
        IReadOnlyCollection<AbsolutePath> asPaths = (RootDirectory / "artifacts").GlobFiles("*.nupkg");
        IReadOnlyCollection<AbsolutePath> byName = Globbing.GlobFiles(RootDirectory / "artifacts", "*.nupkg");

        Assert.Equal([(RootDirectory / "artifacts" / "A.1.0.0.nupkg").ToString()], packages);
        Assert.Equal(2, asPaths.Count);
        Assert.Equal(asPaths, byName);
    }
}
