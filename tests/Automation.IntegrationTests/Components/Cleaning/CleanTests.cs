using Automation.Components;
using Automation.IntegrationTests.Components.Support;

namespace Automation.IntegrationTests.Components.Cleaning;

/// <summary>The <c>clean</c> component target on a built sample: what it deletes, what it lists in a dry run, what it never touches.</summary>
public sealed class CleanTests
{
    [Fact]
    public void Clean_deletes_bin_obj_and_artifacts_and_nothing_else()
    {
        using var sample = ComponentSample.Create();
        sample.Run<PipelineBuild>("compile").AssertExitCode(0);
        sample.Write("artifacts/packages/old.nupkg", "stale");
        var before = SourceFiles(sample);

        var run = sample.Run<PipelineBuild>("clean").AssertExitCode(0);

        Assert.False(Directory.Exists(sample.PathOf("src/Sample.Library/bin")));
        Assert.False(Directory.Exists(sample.PathOf("src/Sample.Library/obj")));
        Assert.False(Directory.Exists(sample.PathOf("tests/Sample.Tests/obj")));
        Assert.False(Directory.Exists(sample.PathOf("artifacts")));
        Assert.Equal(before, SourceFiles(sample));
        Assert.Contains("Deleting src/Sample.Library/bin", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_keeps_the_packages_publish_pushed_to_its_folder_feed()
    {
        using var sample = ComponentSample.Create();
        sample.Write("artifacts/feed/sample.library/1.0.0/sample.library.1.0.0.nupkg", "published");
        sample.Write("artifacts/packages/old.nupkg", "stale");
        sample.Write("artifacts/summary.txt", "stale");

        var run = sample.Run<PublishingBuild>("clean").AssertExitCode(0);

        Assert.True(File.Exists(sample.PathOf("artifacts/feed/sample.library/1.0.0/sample.library.1.0.0.nupkg")), run.Output);
        Assert.False(Directory.Exists(sample.PathOf("artifacts/packages")));
        Assert.False(File.Exists(sample.PathOf("artifacts/summary.txt")));
    }

    [Fact]
    public void A_dry_run_lists_what_clean_would_delete_and_deletes_nothing()
    {
        using var sample = ComponentSample.Create();
        Directory.CreateDirectory(sample.PathOf("src/Sample.Library/bin/Debug"));
        Directory.CreateDirectory(sample.PathOf("artifacts/coverage"));

        var run = sample.Run<PipelineBuild>("clean", "--dry-run").AssertExitCode(0);

        Assert.Contains("Would delete src/Sample.Library/bin", run.Output, StringComparison.Ordinal);
        Assert.Contains("Would delete artifacts", run.Output, StringComparison.Ordinal);
        Assert.True(Directory.Exists(sample.PathOf("src/Sample.Library/bin/Debug")));
        Assert.True(Directory.Exists(sample.PathOf("artifacts/coverage")));
    }

    [Fact]
    public void Clean_does_not_follow_a_link_out_of_the_repository()
    {
        using var sample = ComponentSample.Create();
        using var outside = new Automation.IntegrationTests.Support.TempDirectory("outside");
        var precious = outside.Write("obj/precious.txt", "keep me");
        Directory.CreateSymbolicLink(sample.PathOf("src/linked"), outside.Root);

        sample.Run<PipelineBuild>("clean").AssertExitCode(0);

        Assert.True(File.Exists(precious));
    }

    private static List<string> SourceFiles(ComponentSample sample) =>
        Directory.EnumerateFiles(sample.Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(sample.Root, f))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj" or "artifacts" or ".git" or ".nuke"))
            .Order(StringComparer.Ordinal)
            .ToList();

    private sealed class PublishingBuild : AutomationBuild, IClean, IPublish;
}
