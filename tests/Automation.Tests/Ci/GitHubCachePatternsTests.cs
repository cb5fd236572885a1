using static Automation.Tests.Ci.WorkflowYaml;

namespace Automation.Tests.Ci;

/// <summary>NUKE's <c>CacheIncludePatterns</c> / <c>CacheExcludePatterns</c> on <c>[GitHubActions]</c>: what the cache step keeps, or no cache step at all.</summary>
public sealed class GitHubCachePatternsTests
{
    [Fact]
    public void The_patterns_are_the_cached_paths_with_exclusions_after_a_bang()
    {
        var cache = Assert.Single(Steps(new OwnPatterns(), "own"), s => s.Children.ContainsKey("uses") && Text(s, "uses") == "actions/cache@v4");

        Assert.Equal("~/.npm\nnode_modules\n!node_modules/.cache\n", Text(cache, "with", "path"));
        Assert.Contains("hashFiles('package-lock.json')", Text(cache, "with", "key"), StringComparison.Ordinal);
    }

    [Fact]
    public void By_default_the_NuGet_packages_and_nuke_temp_are_cached()
    {
        var cache = Assert.Single(Steps(new DefaultPatterns(), "default"), s => s.Children.ContainsKey("uses") && Text(s, "uses") == "actions/cache@v4");

        Assert.Equal("~/.nuget/packages\n.nuke/temp\n", Text(cache, "with", "path"));
    }

    [Theory]
    [InlineData("no-paths")]
    [InlineData("no-keys")]
    public void No_paths_or_no_key_files_means_no_cache_step(string name)
    {
        var steps = Steps(name == "no-paths" ? new NoPaths() : new NoKeyFiles(), name);

        Assert.DoesNotContain(steps, s => s.Children.ContainsKey("uses") && Text(s, "uses").StartsWith("actions/cache", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Children.ContainsKey("uses") && Text(s, "uses").StartsWith("actions/checkout", StringComparison.Ordinal));
    }

    private static List<YamlDotNet.RepresentationModel.YamlMappingNode> Steps(object build, string name)
    {
        var jobs = (YamlDotNet.RepresentationModel.YamlMappingNode)Parse(Content(build, $".github/workflows/{name}.yml"))["jobs"];
        return [.. jobs.Children.Values.SelectMany(job => Items(job, "steps"))];
    }

    [GitHubActions("own", GitHubActionsImage.UbuntuLatest, On = [GitHubActionsTrigger.Push], InvokedTargets = ["test"],
        CacheKeyFiles = ["package-lock.json"], CacheIncludePatterns = ["~/.npm", "node_modules"], CacheExcludePatterns = ["node_modules/.cache"])]
    private sealed class OwnPatterns : CiSampleBuilds.SampleBuild;

    [GitHubActions("default", GitHubActionsImage.UbuntuLatest, On = [GitHubActionsTrigger.Push], InvokedTargets = ["test"])]
    private sealed class DefaultPatterns : CiSampleBuilds.SampleBuild;

    // SlideToAct's way of turning caching off (NUKE 7): no key files and no paths.
    [GitHubActions("no-paths", GitHubActionsImage.UbuntuLatest, On = [GitHubActionsTrigger.Push], InvokedTargets = ["test"], CacheIncludePatterns = new string[0])]
    private sealed class NoPaths : CiSampleBuilds.SampleBuild;

    [GitHubActions("no-keys", GitHubActionsImage.UbuntuLatest, On = [GitHubActionsTrigger.Push], InvokedTargets = ["test"], CacheKeyFiles = [])]
    private sealed class NoKeyFiles : CiSampleBuilds.SampleBuild;
}
