using Automation.Tests.Support;
using static Automation.FileSystemTasks;
using static Automation.TextTasks;
using static Automation.XmlTasks;
using static Automation.SerializationTasks;

namespace Automation.Tests.IO.Files;

/// <summary>The static tasks of older NUKE versions (0.x to 6) still work after the port rewrite, obsolete or not.</summary>
#pragma warning disable CS0618 // The point is that the obsolete NUKE tasks still work.
public sealed class LegacyFileTasksTests : IDisposable
{
    private readonly TestRepository _repository = new();

    private AbsolutePath RootDirectory => AbsolutePath.Create(_repository.Root);

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void A_NUKE_6_clean_and_copy_body_works_with_the_static_tasks()
    {
        var output = RootDirectory / "output";
        WriteAllText(output / "stale.txt", "stale");
        WriteAllText(RootDirectory / "docs" / "a.md", "a");
        WriteAllText(RootDirectory / "docs" / "sub" / "b.md", "b");

        EnsureCleanDirectory(output);
        CopyDirectoryRecursively(RootDirectory / "docs", output / "docs", DirectoryExistsPolicy.Merge, FileExistsPolicy.Overwrite);
        CopyFile(RootDirectory / "docs" / "a.md", output / "a.md");
        EnsureExistingDirectory(output / "empty");

        Assert.False((output / "stale.txt").Exists());
        Assert.Equal("b", ReadAllText(output / "docs" / "sub" / "b.md"));
        Assert.Equal("a", ReadAllText(output / "a.md"));
        Assert.True((output / "empty").DirectoryExists());
        Assert.Throws<IOException>(() => CopyFile(RootDirectory / "docs" / "a.md", output / "a.md"));

        DeleteDirectory(output);
        Assert.False(output.Exists());
    }

    [Fact]
    public void XmlPeek_and_XmlPoke_read_and_change_a_project_file_keeping_its_layout()
    {
        var project = RootDirectory / "App.csproj";
        WriteAllText(project, "<Project>\n  <!-- version -->\n  <PropertyGroup>\n    <Version>1.0.0</Version>\n  </PropertyGroup>\n  <ItemGroup>\n    <PackageReference Include=\"A\" Version=\"2.0.0\" />\n    <PackageReference Include=\"B\" Version=\"3.0.0\" />\n  </ItemGroup>\n</Project>\n");

        XmlPoke(project, "//Version", "1.2.3");

        Assert.Equal("1.2.3", XmlPeekSingle(project, "//PropertyGroup/Version"));
        Assert.Equal(["2.0.0", "3.0.0"], XmlPeek(project, "//PackageReference/@Version"));
        Assert.Contains("<!-- version -->\n  <PropertyGroup>", ReadAllText(project), StringComparison.Ordinal);
        var error = Assert.Throws<InvalidOperationException>(() => XmlPoke(project, "//PackageReference/@Version", "9"));
        Assert.Contains("selects 2 nodes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_round_trips_through_a_file()
    {
        var file = RootDirectory / "settings.json";

        JsonSerializeToFile(new Settings { Name = "app", Count = 3 }, file);
        var read = JsonDeserializeFromFile<Settings>(file);

        Assert.Equal("app", read.Name);
        Assert.Equal(3, read.Count);
    }

    private sealed class Settings
    {
        public string? Name { get; set; }

        public int Count { get; set; }
    }
}
