using Automation.Tests.Support;

namespace Automation.Tests.IO.Files;

/// <summary>NUKE-style file code (<c>RootDirectory / "x"</c>, <c>GlobFiles</c>, <c>CreateOrCleanDirectory</c>, ...) on a real temporary tree.</summary>
public sealed class NukeStylePathTests : IDisposable
{
    private readonly TestRepository _repository = new();

    private AbsolutePath RootDirectory => AbsolutePath.Create(_repository.Root);

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void A_NUKE_clean_target_body_deletes_bin_and_obj_and_recreates_the_artifacts_directory()
    {
        var sourceDirectory = RootDirectory / "src";
        var artifactsDirectory = RootDirectory / "artifacts";
        (sourceDirectory / "App" / "bin" / "Debug" / "App.dll").WriteAllText("x");
        (sourceDirectory / "App" / "obj" / "project.assets.json").WriteAllText("{}");
        (sourceDirectory / "App" / "Program.cs").WriteAllText("class P {}");
        (artifactsDirectory / "old.nupkg").WriteAllText("old");

        sourceDirectory.GlobDirectories("**/bin", "**/obj").DeleteDirectories();
        artifactsDirectory.CreateOrCleanDirectory();

        Assert.False((sourceDirectory / "App" / "bin").DirectoryExists());
        Assert.False((sourceDirectory / "App" / "obj").DirectoryExists());
        Assert.True((sourceDirectory / "App" / "Program.cs").FileExists());
        Assert.True(artifactsDirectory.DirectoryExists());
        Assert.Empty(Directory.EnumerateFileSystemEntries(artifactsDirectory));
    }

    [Fact]
    public void GlobFiles_matches_double_star_single_star_and_braces_and_sorts()
    {
        (RootDirectory / "src" / "A" / "A.csproj").WriteAllText("<Project />");
        (RootDirectory / "src" / "B" / "Deep" / "B.fsproj").WriteAllText("<Project />");
        (RootDirectory / "src" / "B" / "readme.md").WriteAllText("x");
        (RootDirectory / "C.csproj").WriteAllText("<Project />");

        var projects = RootDirectory.GlobFiles("**/*.{csproj,fsproj}").Select(p => p.RelativeTo(RootDirectory).Replace('\\', '/'));
        var direct = RootDirectory.GlobFiles("src/*/*.csproj").Select(p => p.Name);

        Assert.Equal(["C.csproj", "src/A/A.csproj", "src/B/Deep/B.fsproj"], projects);
        Assert.Equal(["A.csproj"], direct);
    }

    [UnixFact("symbolic links without developer mode")]
    public void Deleting_a_directory_that_holds_a_link_to_outside_the_tree_leaves_the_outside_alone()
    {
        using var outside = new TestRepository();
        var precious = AbsolutePath.Create(outside.Root) / "precious.txt";
        precious.WriteAllText("keep me");
        var doomed = RootDirectory / "out";
        doomed.CreateDirectory();
        Directory.CreateSymbolicLink(doomed / "link", outside.Root);

        RootDirectory.GlobDirectories("**/out").DeleteDirectories();

        Assert.False(doomed.Exists());
        Assert.True(precious.FileExists());
    }

    [UnixFact("symbolic links without developer mode")]
    public void Cleaning_a_directory_unlinks_links_without_following_them()
    {
        using var outside = new TestRepository();
        var precious = AbsolutePath.Create(outside.Root) / "precious.txt";
        precious.WriteAllText("keep me");
        var artifacts = (RootDirectory / "artifacts").CreateDirectory();
        Directory.CreateSymbolicLink(artifacts / "link", outside.Root);

        artifacts.CreateOrCleanDirectory();

        Assert.Empty(Directory.EnumerateFileSystemEntries(artifacts));
        Assert.True(precious.FileExists());
    }

    [Fact]
    public void Copy_with_the_default_policy_refuses_an_existing_file_and_names_both_paths()
    {
        var source = (RootDirectory / "a.txt").WriteAllText("new");
        var target = (RootDirectory / "b.txt").WriteAllText("old");

        var error = Assert.Throws<IOException>(() => source.Copy(target));

        Assert.Contains(source.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains(target.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Contains("ExistsPolicy.FileOverwrite", error.Message, StringComparison.Ordinal);
        Assert.Equal("old", target.ReadAllText());
    }

    [Fact]
    public void Copy_of_a_tree_merges_skips_or_overwrites_as_the_policy_says()
    {
        var source = RootDirectory / "from";
        (source / "a.txt").WriteAllText("a-new");
        (source / "sub" / "b.txt").WriteAllText("b-new");
        (source / "sub" / "skip.log").WriteAllText("log");
        var target = RootDirectory / "to";
        (target / "a.txt").WriteAllText("a-old");
        (target / "kept.txt").WriteAllText("kept");

        Assert.Throws<IOException>(() => source.Copy(target));
        source.Copy(target, ExistsPolicy.MergeAndSkip, excludeFile: f => f.HasExtension(".log"));
        Assert.Equal("a-old", (target / "a.txt").ReadAllText());
        source.Copy(target, ExistsPolicy.MergeAndOverwrite);

        Assert.Equal("a-new", (target / "a.txt").ReadAllText());
        Assert.Equal("b-new", (target / "sub" / "b.txt").ReadAllText());
        Assert.Equal("kept", (target / "kept.txt").ReadAllText());
        Assert.True((target / "sub" / "skip.log").FileExists());
    }

    [Fact]
    public void Move_rename_and_move_to_directory_put_the_file_where_NUKE_would()
    {
        var file = (RootDirectory / "build" / "app.txt").WriteAllText("x");

        var renamed = file.Rename("app.md");
        var moved = renamed.MoveToDirectory(RootDirectory / "out");
        var withoutExtension = moved.RenameWithoutExtension("readme");

        Assert.False(file.Exists());
        Assert.Equal(RootDirectory / "out" / "readme.md", withoutExtension);
        Assert.Equal("x", withoutExtension.ReadAllText());
    }

    [Fact]
    public void Zip_and_tar_gz_archives_round_trip_a_tree()
    {
        var source = RootDirectory / "publish";
        (source / "app.dll").WriteAllBytes([1, 2, 3]);
        (source / "config" / "app.json").WriteAllText("{}");
        (source / "debug.pdb").WriteAllText("pdb");

        source.ZipTo(RootDirectory / "out" / "app.zip", filter: f => !f.HasExtension("pdb"));
        source.CompressTo(RootDirectory / "out" / "app.tar.gz");
        (RootDirectory / "out" / "app.zip").UncompressTo(RootDirectory / "unzipped");
        (RootDirectory / "out" / "app.tar.gz").UnTarGZipTo(RootDirectory / "untarred");

        Assert.Equal([1, 2, 3], (RootDirectory / "unzipped" / "app.dll").ReadAllBytes());
        Assert.True((RootDirectory / "unzipped" / "config" / "app.json").FileExists());
        Assert.False((RootDirectory / "unzipped" / "debug.pdb").Exists());
        Assert.True((RootDirectory / "untarred" / "debug.pdb").FileExists());
        Assert.Equal("{}", (RootDirectory / "untarred" / "config" / "app.json").ReadAllText());
    }

    [Fact]
    public void Path_parts_and_operators_behave_as_in_NUKE()
    {
        var project = RootDirectory / "src" / "App" / "App.csproj";
        AbsolutePath? fromString = project.ToString();

        Assert.Equal("App.csproj", project.Name);
        Assert.Equal("App", project.NameWithoutExtension);
        Assert.Equal(".csproj", project.Extension);
        Assert.Equal(RootDirectory / "src" / "App" / "App.csproj.bak", project + ".bak");
        Assert.Equal(RootDirectory / "src" / "App" / "App.props", project.WithExtension(".props"));
        Assert.True(project.HasExtension("CSPROJ", ".fsproj"));
        Assert.True((RootDirectory / "src").Contains(project));
        Assert.False(project.Contains(RootDirectory));
        Assert.Equal(project, fromString);
        Assert.Equal(Path.Combine("src", "App"), (string)RootDirectory.GetRelativePathTo(project.Parent!)!);
        Assert.Equal("../../build", ((string?)project.Parent!.GetUnixRelativePathTo(RootDirectory / "build"))!);
        Assert.Equal(RootDirectory / "src" / "App", RootDirectory / (RelativePath)"src/x/../App"!);
    }

    [Fact]
    public void Relative_paths_keep_their_separator()
    {
        var unix = (UnixRelativePath)"a\\b"! / "c";
        var windows = (WinRelativePath)"a/b"! / "c";

        Assert.Equal("a/b/c", (string)unix);
        Assert.Equal("a\\b\\c", (string)windows);
        Assert.IsType<UnixRelativePath>(unix);
        Assert.Throws<ArgumentException>(() => _ = (RelativePath?)Path.GetTempPath());
    }

    [Fact]
    public void Read_write_and_append_create_parents_and_use_UTF8_without_a_byte_order_mark()
    {
        var file = RootDirectory / "deep" / "er" / "notes.txt";

        file.WriteAllText("é\n").AppendAllText("b\n");
        file.UpdateText(text => text.ToUpperInvariant());

        Assert.Equal(["É", "B"], file.ReadAllLines());
        Assert.Equal(0xC3, file.ReadAllBytes()[0]);
    }

    [Fact]
    public void Reading_a_missing_file_names_the_path()
    {
        var missing = RootDirectory / "missing.txt";

        var error = Assert.ThrowsAny<IOException>(() => missing.ReadAllText());

        Assert.Contains(missing.ToString(), error.Message, StringComparison.Ordinal);
    }
}
