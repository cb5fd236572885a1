namespace Automation.IntegrationTests.Components.Incremental;

/// <summary>NuGet's package folder inside the repository (<see cref="PackageFolderSample"/>) is not a source file: not
/// among compile's or restore's inputs, so restoring into it leaves both up to date.</summary>
public sealed class PackageFolderTests(PackageFolderSample sample) : IClassFixture<PackageFolderSample>
{
    [Fact]
    public void Restore_fills_the_package_folder_inside_the_repository_and_git_does_not_ignore_it()
    {
        Assert.Equal("Succeeded", IncrementalSample.Statuses(sample.First)["compile"]);
        Assert.NotEmpty(Directory.GetFiles(sample.Sample.PathOf("packages/newtonsoft.json"), ".nupkg.metadata", SearchOption.AllDirectories));
        Assert.Contains("packages/newtonsoft.json/13.0.3/", sample.Sample.Git("ls-files", "--others", "--exclude-standard", "packages"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("compile")]
    [InlineData("restore")]
    public void The_package_folder_is_not_among_the_inputs(string target)
    {
        var state = File.ReadAllText(sample.Sample.PathOf($".nuke/temp/targets/{target}.json"));

        Assert.Contains("src/Sample.Library/Sample.Library.csproj", state, StringComparison.Ordinal);
        Assert.DoesNotContain("packages/", state, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_run_is_up_to_date()
    {
        var statuses = IncrementalSample.Statuses(sample.Second);

        Assert.True(statuses["restore"] == "UpToDate" && statuses["compile"] == "UpToDate", sample.Second.Output);
    }
}
