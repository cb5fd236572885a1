namespace Automation.IntegrationTests.Components.GitHub;

/// <summary>One request the GitHub API stand-in received, as the client sent it.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string? ContentType, string? Authorization, string Body)
{
    /// <summary><c>GET /repos/acme/sample/releases/tags/v1.0.0</c>, query included: easy to compare as a list.</summary>
    public override string ToString() => $"{Method} {Path}{Query}";
}
