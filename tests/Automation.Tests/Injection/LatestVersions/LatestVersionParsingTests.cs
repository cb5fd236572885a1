using Automation.Injection.LatestVersions;
using NuGet.Versioning;

namespace Automation.Tests.Injection.LatestVersions;

/// <summary>What the latest-version attributes read from a NuGet v3 feed and a Maven repository, and what a member gets.</summary>
public sealed class LatestVersionParsingTests
{
    private const string ServiceIndex = """
        { "version": "3.0.0", "resources": [
          { "@id": "https://feed.example/flat/", "@type": "PackageBaseAddress/3.0.0" },
          { "@id": "https://feed.example/query", "@type": "SearchQueryService/3.5.0" } ] }
        """;

#pragma warning disable CS0649 // Read by reflection only: their types decide what the attributes give.
    private readonly string? _text;
    private readonly NuGetVersion? _parsed;
#pragma warning restore CS0649

    [Fact]
    public void The_service_index_names_the_flat_container_and_the_search_service()
    {
        var resources = NuGetFeed.Resources(ServiceIndex);

        Assert.Equal([("PackageBaseAddress/3.0.0", "https://feed.example/flat/"), ("SearchQueryService/3.5.0", "https://feed.example/query")], resources);
    }

    [Fact]
    public void A_document_without_resources_is_not_taken_for_a_service_index()
    {
        var error = Assert.Throws<InvalidOperationException>(() => NuGetFeed.Resources("""{ "data": [] }"""));

        Assert.Contains("v3/index.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_newest_stable_version_wins_by_SemVer_precedence_not_by_order()
    {
        string[] versions = ["1.10.0", "1.9.0", "2.0.0-beta.1", "not-a-version", "1.2"];

        Assert.Equal("1.10.0", VersionChoice.Newest(versions, includePrerelease: false)!.OriginalVersion);
        Assert.Equal("2.0.0-beta.1", VersionChoice.Newest(versions, includePrerelease: true)!.OriginalVersion);
        Assert.Null(VersionChoice.Newest(["3.0.0-rc.1"], includePrerelease: false));
    }

    [Fact]
    public void The_flat_container_lists_versions_and_search_names_the_newest_listed_one()
    {
        Assert.Equal(["1.0.0", "1.1.0-rc.1"], NuGetFeed.FlatContainerVersions("""{ "versions": ["1.0.0", "1.1.0-rc.1"] }"""));
        Assert.Equal("4.2.0", NuGetFeed.LatestFromSearch("""{ "data": [ { "id": "Other", "version": "9.0.0" }, { "id": "acme.tool", "version": "4.2.0" } ] }""", "Acme.Tool"));
        Assert.Null(NuGetFeed.LatestFromSearch("""{ "data": [] }""", "Acme.Tool"));
    }

    [Fact]
    public void A_string_member_gets_the_version_as_written_and_a_NuGetVersion_member_the_parsed_one()
    {
        var version = NuGetVersion.Parse("2.1");

        Assert.Equal("2.1", VersionChoice.ForMember(typeof(LatestVersionParsingTests).GetField(nameof(_text), Fields)!, version));
        Assert.Same(version, VersionChoice.ForMember(typeof(LatestVersionParsingTests).GetField(nameof(_parsed), Fields)!, version));
    }

    [Theory]
    [InlineData("repo.maven.apache.org/maven2", "com.ncorti", "slidetoact", "https://repo.maven.apache.org/maven2/com/ncorti/slidetoact/maven-metadata.xml")]
    [InlineData("https://plugins.gradle.org/m2/", "org.jetbrains", null, "https://plugins.gradle.org/m2/org/jetbrains/org.jetbrains/maven-metadata.xml")]
    [InlineData("http://127.0.0.1:8080/maven", "a.b", "c", "http://127.0.0.1:8080/maven/a/b/c/maven-metadata.xml")]
    public void The_maven_metadata_url_keeps_a_given_scheme_and_defaults_to_https(string repository, string group, string? artifact, string expected)
    {
        Assert.Equal(expected, MavenMetadata.Url(repository, group, artifact).AbsoluteUri);
    }

    [Fact]
    public void Maven_metadata_lists_its_versions()
    {
        const string Xml = """
            <metadata><groupId>com.ncorti</groupId><artifactId>slidetoact</artifactId>
              <versioning><latest>0.12.0-SNAPSHOT</latest><release>0.11.0</release>
                <versions><version>0.9.0</version><version>0.11.0</version><version>0.10.0</version></versions>
              </versioning></metadata>
            """;

        var versions = MavenMetadata.Versions(Xml);

        Assert.Equal(["0.9.0", "0.11.0", "0.10.0"], versions);
        Assert.Equal("0.11.0", VersionChoice.Newest(versions, includePrerelease: false)!.OriginalVersion);
        Assert.Throws<InvalidOperationException>(() => MavenMetadata.Versions("<not xml"));
    }

    [Fact]
    public void A_MyGet_feed_name_becomes_its_v3_service_index_and_a_url_stays_as_given()
    {
        Assert.Equal("https://www.myget.org/F/nuke/api/v3/index.json", new LatestMyGetVersionAttribute("nuke", "Nuke.Common").ServiceIndex.AbsoluteUri);
        Assert.Equal("http://127.0.0.1:5000/v3/index.json", new LatestMyGetVersionAttribute("http://127.0.0.1:5000/v3/index.json", "X").ServiceIndex.AbsoluteUri);
    }

    private const System.Reflection.BindingFlags Fields = System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic;
}
