using Automation.Tests.Support;
using YamlDotNet.Core;
using YamlDotNet.Serialization.NamingConventions;
using static Automation.SerializationTasks;

namespace Automation.Tests.IO.Yaml;

/// <summary>NUKE's YAML helpers (<c>ReadYaml</c>, <c>WriteYaml</c>, <c>UpdateYaml</c>, <c>GetYaml</c>, <c>ToYaml</c>) with its camelCase keys.</summary>
public sealed class YamlExtensionsTests : IDisposable
{
    private readonly TestRepository _repository = new();

    private AbsolutePath RootDirectory => AbsolutePath.Create(_repository.Root);

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void NUKEs_repositories_file_reads_as_a_string_array()
    {
        // The shape of NUKE's external/repositories.yml, read by its Build.GlobalSolution.cs.
        var file = RootDirectory / "external" / "repositories.yml";
        file.WriteAllText("- https://github.com/nuke-build/nuke\n- git@github.com:nuke-build/rider.git\n");

        var repositories = file.ReadYaml<string[]>();

        Assert.Equal(["https://github.com/nuke-build/nuke", "git@github.com:nuke-build/rider.git"], repositories);
    }

    [Fact]
    public void Keys_are_camel_case_and_a_written_file_reads_back_equal()
    {
        var file = RootDirectory / "config" / "release.yml";
        var release = new Release { ProjectName = "Automation", Version = "1.2.3", Tags = ["stable", "lts"], Draft = true };

        Assert.Same(file, file.WriteYaml(release));
        var text = file.ReadAllText();
        var read = file.ReadYaml<Release>();

        Assert.Equal("projectName: Automation\nversion: 1.2.3\ntags:\n- stable\n- lts\ndraft: true\n", text.ReplaceLineEndings("\n"));
        Assert.Equal((release.ProjectName, release.Version, release.Draft), (read.ProjectName, read.Version, read.Draft));
        Assert.Equal(release.Tags, read.Tags);
    }

    [Fact]
    public void Update_changes_the_file_in_place()
    {
        var file = RootDirectory / "release.yml";
        file.WriteAllText("projectName: Automation\nversion: 1.0.0\n");

        file.UpdateYaml<Release>(r => r.Version = "2.0.0");

        Assert.Equal("2.0.0", file.ReadYaml<Release>().Version);
        Assert.Equal("Automation", file.ReadYaml<Release>().ProjectName);
    }

    [Fact]
    public void Text_round_trips_and_a_builder_of_ones_own_changes_the_convention()
    {
        var release = new Release { ProjectName = "Automation", Version = "1.0.0" };

        var yaml = release.ToYaml(YamlExtensions.DefaultSerializerBuilder.WithNamingConvention(UnderscoredNamingConvention.Instance));

        Assert.Contains("project_name: Automation", yaml, StringComparison.Ordinal);
        Assert.Equal("Automation", yaml.GetYaml<Release>(YamlExtensions.DefaultDeserializerBuilder.WithNamingConvention(UnderscoredNamingConvention.Instance)).ProjectName);
        // The adjustment above stays with that builder: the defaults are fresh for every caller.
        Assert.Contains("projectName: Automation", release.ToYaml(), StringComparison.Ordinal);
    }

    [Fact]
    public void NUKE_5s_static_tasks_do_the_same()
    {
        var file = RootDirectory / "release.yml";
        var release = new Release { ProjectName = "Automation", Version = "1.0.0" };

        YamlSerializeToFile(release, file);
        YamlUpdateFile<Release>(file, r => r.Draft = true);

        Assert.True(YamlDeserializeFromFile<Release>(file).Draft);
        Assert.Equal("1.0.0", YamlDeserialize<Release>(YamlSerialize(release)).Version);
        Assert.Contains("ProjectName: Automation", YamlSerialize(release, b => b.WithNamingConvention(NullNamingConvention.Instance)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_does_not_fit_names_the_file_and_is_left_as_it_was()
    {
        var file = RootDirectory / "release.yml";
        file.WriteAllText("projectName: [unclosed\n");
        var empty = (RootDirectory / "empty.yml").WriteAllText(string.Empty);

        var broken = Assert.Throws<YamlException>(() => file.UpdateYaml<Release>(r => r.Version = "2.0.0"));
        var nothing = Assert.Throws<YamlException>(() => empty.ReadYaml<string[]>());

        Assert.Contains($"'{file}' does not hold a valid Release", broken.Message, StringComparison.Ordinal);
        Assert.Equal("projectName: [unclosed\n", file.ReadAllText());
        Assert.Contains("holds no document", nothing.Message, StringComparison.Ordinal);
    }

    private sealed class Release
    {
        public string? ProjectName { get; set; }

        public string? Version { get; set; }

        public List<string> Tags { get; set; } = [];

        public bool Draft { get; set; }
    }
}
