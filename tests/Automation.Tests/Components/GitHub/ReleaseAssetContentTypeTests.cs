using Automation.Components;

namespace Automation.Tests.Components.GitHub;

public sealed class ReleaseAssetContentTypeTests
{
    [Theory]
    [InlineData("Sample.Library.1.0.0.nupkg", "application/octet-stream")]
    [InlineData("Sample.Library.1.0.0.snupkg", "application/octet-stream")]
    [InlineData("site.zip", "application/zip")]
    [InlineData("sbom.json", "application/json")]
    public void Assets_get_a_content_type_by_extension(string name, string expected) => Assert.Equal(expected, ReleaseAssetContentType.For(name));
}
