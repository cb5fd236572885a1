using Automation.IntegrationTests.Support;


namespace Automation.IntegrationTests.Components.Publishing;

/// <summary>
/// The <c>publish</c> component with its default feed, the local folder <c>artifacts/feed</c>: a consumer restores
/// from it, a second run skips what is there, a dirty tree is refused. The tests share one sample and run in turn.
/// </summary>
[CiSeconds(50)]
public sealed class FolderFeedPublishTests(PublishedSample published) : IClassFixture<PublishedSample>
{
    private string FeedDirectory => published.Sample.PathOf("artifacts/feed");

    [Fact]
    public async Task Publish_fills_the_default_folder_feed_and_a_consumer_project_restores_the_package_from_it()
    {
        published.Sample.Run<PublishBuild>("publish").AssertExitCode(0);

        Assert.True(File.Exists(Path.Combine(FeedDirectory, published.PackageFileName)), $"{published.PackageFileName} is not in {FeedDirectory}: {string.Join(", ", Directory.GetFiles(FeedDirectory))}");
        using var consumer = new TempDirectory("consumer");
        consumer.Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <!-- Its own package cache, so a package of the same version from another run cannot stand in. -->
                <add key="globalPackagesFolder" value="{consumer.PathOf("packages")}" />
              </config>
              <packageSources>
                <clear />
                <add key="sample-feed" value="{FeedDirectory}" />
              </packageSources>
            </configuration>

            """);
        consumer.Write("Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Sample.Library" Version="[{published.SemVer}]" />
              </ItemGroup>
            </Project>

            """);
        consumer.Write("Use.cs", "namespace Consumer;\n\npublic static class Use\n{\n    public static string Hello() => Sample.Library.Greeter.Greet(\"feed\");\n}\n");

        var build = await ChildProcess.RunAsync("dotnet", ["build", "--nologo"], consumer.Root, TimeSpan.FromMinutes(3));

        build.AssertExitCode(0);
        Assert.True(File.Exists(consumer.PathOf($"packages/sample.library/{published.SemVer.ToLowerInvariant()}/sample.library.nuspec")), "Sample.Library was not restored from the folder feed.");
    }

    [Fact]
    public void Publishing_the_same_version_again_skips_the_package_and_says_so()
    {
        published.Sample.Run<PublishBuild>("publish").AssertExitCode(0);
        var again = published.Sample.Run<PublishBuild>("publish").AssertExitCode(0);

        Assert.Contains($"{published.PackageFileName}: already published, skipped", again.Output, StringComparison.Ordinal);
        Assert.Matches($@"\npublish +Succeeded +\S+ s +0 pushed, 1 already published, {System.Text.RegularExpressions.Regex.Escape(published.SemVer)}\n", again.Output);
    }

    [Fact]
    public void A_dirty_working_tree_is_refused_unless_allow_dirty_is_given()
    {
        var readme = File.ReadAllText(published.Sample.PathOf("README.md"));
        published.Sample.Write("README.md", readme + "\nAn uncommitted line.\n");
        published.Sample.Write("notes.txt", "untracked, and it counts: the SDK would pack an untracked source file the same way\n");
        try
        {
            var refused = published.Sample.Run<PublishBuild>("publish").AssertExitCode(1);
            var allowed = published.Sample.Run<PublishBuild>("publish", "--allow-dirty");

            Assert.Contains("uncommitted changes", refused.Output, StringComparison.Ordinal);
            Assert.Contains("README.md", refused.Output, StringComparison.Ordinal);
            Assert.Contains("notes.txt", refused.Output, StringComparison.Ordinal);
            Assert.Contains("--allow-dirty", refused.Output, StringComparison.Ordinal);
            allowed.AssertExitCode(0);
        }
        finally
        {
            File.Delete(published.Sample.PathOf("notes.txt"));
            published.Sample.Git("checkout", "--", "README.md");
        }
    }
}
