using Automation.IntegrationTests.Support;

namespace Automation.IntegrationTests.Components.Publishing;

/// <summary>
/// The <c>publish</c> component against an HTTP feed stand-in on 127.0.0.1: real <c>dotnet nuget push</c>, the NuGet
/// push protocol, the API key sent but never shown. Each test starts its own stand-in; they share the sample.
/// </summary>
[CiSeconds(60)]
public sealed class HttpFeedPublishTests(PublishedSample published) : IClassFixture<PublishedSample>
{
    private const string ApiKey = "CANARY-nuget-key-7f3a91";

    [Fact]
    public async Task Publish_pushes_the_package_and_its_symbols_to_an_http_feed_stand_in_with_the_api_key_never_shown()
    {
        await using var feed = await NuGetFeedStandIn.StartAsync();

        var run = published.Sample.Run<LoopbackPublishBuild>("publish", "--nuget-source", feed.Source, "--nuget-api-key", ApiKey).AssertExitCode(0);

        Assert.Equal(
            [new PushRequest("package", ApiKey, "Sample.Library", published.SemVer, 201), new PushRequest("symbols", ApiKey, "Sample.Library", published.SemVer, 201)],
            feed.Pushes);
        Assert.Contains("1 pushed, 0 already published", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, File.ReadAllText(published.Sample.PathOf(".nuke/temp/build.log")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_publish_to_the_http_feed_stand_in_is_skipped_as_already_published()
    {
        await using var feed = await NuGetFeedStandIn.StartAsync();
        var variables = new Dictionary<string, string> { ["NUGET_API_KEY"] = ApiKey };

        var first = published.Sample.Run<LoopbackPublishBuild>(variables, "publish", "--nuget-source", feed.Source).AssertExitCode(0);
        var second = published.Sample.Run<LoopbackPublishBuild>(variables, "publish", "--nuget-source", feed.Source).AssertExitCode(0);

        Assert.Contains($"{published.PackageFileName}: already published, skipped", second.Output, StringComparison.Ordinal);
        Assert.Contains("0 pushed, 1 already published", second.Output, StringComparison.Ordinal);
        Assert.Equal([201, 201, 409], feed.Pushes.Select(p => p.StatusCode));
        Assert.DoesNotContain(ApiKey, first.Output + second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_http_feed_is_refused_with_a_message_naming_the_setting_that_allows_it()
    {
        await using var feed = await NuGetFeedStandIn.StartAsync();

        var run = published.Sample.Run<PublishBuild>("publish", "--nuget-source", feed.Source, "--nuget-api-key", ApiKey).AssertExitCode(1);

        Assert.Contains("AllowInsecureConnections in PushSettings", run.Output, StringComparison.Ordinal);
        Assert.Empty(feed.Pushes);
        Assert.DoesNotContain(ApiKey, run.Output, StringComparison.Ordinal);
    }
}
