using Automation.Components;

namespace Automation.Tests.Components.GitHub;

public sealed class GitHubRepositoryTests
{
    [Theory]
    [InlineData("https://github.com/acme/sample.git", "github.com", "acme", "sample")]
    [InlineData("https://github.com/acme/sample", "github.com", "acme", "sample")]
    [InlineData("https://github.com/acme/sample/", "github.com", "acme", "sample")]
    [InlineData("https://GitHub.com/Acme/Sample.Tools.git", "github.com", "Acme", "Sample.Tools")]
    [InlineData("https://x-access-token:ghs_secret@github.com/acme/sample.git", "github.com", "acme", "sample")]
    [InlineData("git@github.com:acme/sample.git", "github.com", "acme", "sample")]
    [InlineData("github.com:acme/sample", "github.com", "acme", "sample")]
    [InlineData("ssh://git@github.com/acme/sample.git", "github.com", "acme", "sample")]
    [InlineData("ssh://git@ssh.github.com:443/acme/sample.git", "github.com", "acme", "sample")]
    [InlineData("git://github.com/acme/sample.git", "github.com", "acme", "sample")]
    [InlineData("https://github.example.com/platform/build-tools.git", "github.example.com", "platform", "build-tools")]
    [InlineData("git@github.example.com:platform/build_tools.git", "github.example.com", "platform", "build_tools")]
    [InlineData("ssh://git@github.example.com:2222/platform/build-tools.git", "github.example.com", "platform", "build-tools")]
    [InlineData("  https://github.com/acme/sample.git\n", "github.com", "acme", "sample")]
    public void Reads_owner_and_name_from_remote_urls(string url, string host, string owner, string name)
    {
        var repository = GitHubRepository.TryParse(url);

        Assert.Equal(new GitHubRepository(host, owner, name), repository);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("/srv/git/sample.git")]
    [InlineData("../sample")]
    [InlineData("file:///srv/git/acme/sample.git")]
    [InlineData("C:/repos/acme/sample")]
    [InlineData("https://github.com/acme")]
    [InlineData("git@github.com:sample.git")]
    [InlineData("https://github.com/acme/sam ple.git")]
    public void Urls_that_name_no_repository_give_null(string? url) => Assert.Null(GitHubRepository.TryParse(url));

    [Theory]
    [InlineData("github.com", "https://api.github.com/")]
    [InlineData("github.example.com", "https://github.example.com/api/v3")]
    public void The_api_root_follows_the_host(string host, string expected) =>
        Assert.Equal(expected, new GitHubRepository(host, "acme", "sample").DefaultApiUrl.ToString());

    [Fact]
    public void Redacting_removes_credentials_from_an_url()
    {
        Assert.Equal("https://***@github.com/acme/sample.git", GitHubRepository.Redact("https://x-access-token:ghs_secret@github.com/acme/sample.git"));
        Assert.Equal("git@github.com:acme/sample.git", GitHubRepository.Redact("git@github.com:acme/sample.git"));
    }
}
