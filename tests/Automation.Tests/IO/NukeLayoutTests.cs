using Automation.Tests.Support;

namespace Automation.Tests.IO;

/// <summary>The files a real build reads and leaves are where <see cref="NukeLayout"/> says, so components and the tool can rely on it.</summary>
public sealed class NukeLayoutTests
{
    [Fact]
    public void A_build_reads_and_writes_its_files_where_the_layout_says()
    {
        using var repository = new TestRepository();
        var layout = new NukeLayout(AbsolutePath.Create(repository.Root));
        File.WriteAllText(layout.ParametersFile, """{ "Flavor": "from-parameters" }""");
        File.WriteAllText(layout.ProfileParametersFile("ci"), """{ "Edition": "from-profile" }""");
        repository.WriteFile("src/a.txt", "a");

        var run = BuildHarness.Run<LayoutBuild>(new BuildOptions { Repository = repository }, "make", "--profile", "ci");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["from-parameters/from-profile", layout.TemporaryDirectory.ToString()], File.ReadAllLines(Path.Combine(repository.Root, "out", "made.txt")));
        Assert.True(layout.Exists);
        Assert.True(File.Exists(layout.LogFile), "no build.log");
        Assert.True(File.Exists(layout.LastRunFile), "no last-run.json");
        Assert.True(File.Exists(layout.TargetStateFile("make")), "no up-to-date state for make");
        Assert.True(File.Exists(layout.CompletionFile), "no completion cache");
        Assert.True(File.Exists(layout.SchemaFile), "no build.schema.json");
        Assert.True(File.Exists(layout.LockFile), "no lock file");
    }

    [Fact]
    public void Only_a_directory_holding_the_folder_is_marked_as_a_root()
    {
        using var repository = new TestRepository();
        var root = AbsolutePath.Create(repository.Root);
        Directory.CreateDirectory(root / "sub");

        Assert.True(new NukeLayout(root).Exists);
        Assert.False(new NukeLayout(root / "sub").Exists);
        Assert.Equal(root / ".nuke" / "temp", new NukeLayout(root).TemporaryDirectory);
        Assert.Equal(NukeLayout.RelativeTemporaryDirectory, new NukeLayout(root).TemporaryDirectory.RelativeTo(root).Replace('\\', '/'));
    }

    private sealed class LayoutBuild : AutomationBuild
    {
        [Parameter("Set by .nuke/parameters.json")]
        readonly string Flavor = "default";

        [Parameter("Set by the profile file")]
        readonly string Edition = "default";

        Target Make => _ => _
            .Inputs("src/*.txt")
            .Outputs("out/*.txt")
            .Executes(() =>
            {
                Directory.CreateDirectory(RootDirectory / "out");
                File.WriteAllLines(RootDirectory / "out" / "made.txt", [$"{Flavor}/{Edition}", TemporaryDirectory.ToString()]);
            });
    }
}
