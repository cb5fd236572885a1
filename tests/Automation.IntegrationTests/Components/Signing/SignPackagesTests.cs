using System.IO.Compression;
using System.Text.Json.Nodes;
using Automation.Components;
using Automation.IntegrationTests.Components.Support;
using Automation.IntegrationTests.Processes;

namespace Automation.IntegrationTests.Components.Signing;

/// <summary>
/// NUKE's <c>ISignPackages</c> as on AppVeyor, against a SignPath API stand-in on 127.0.0.1 and an AppVeyor CLI
/// stand-in (a script named <c>appveyor</c> on PATH that keeps the pushed artifact): the archive pushed, the real HTTP
/// exchange (paths, query, bearer token, body), the wait for approval, the download and the replacement; a refusal
/// names the status and not the token (a canary), and a broken download leaves every package as it was.
/// </summary>
public sealed class SignPackagesTests : IAsyncLifetime
{
    private const string Token = "signpath-canary-5e0b3d91c7a2";
    private static readonly Dictionary<string, string> Packages = new(StringComparer.Ordinal)
    {
        ["Sample.Library.1.0.0.nupkg"] = "library package",
        ["Sample.Tool.1.0.0.nupkg"] = "tool package",
    };

    private readonly ComponentSample _sample = ComponentSample.Create();
    private SignPathApiStandIn _signPath = null!;

    public async Task InitializeAsync()
    {
        _signPath = await SignPathApiStandIn.StartAsync(Token, Packages);
        foreach (var (name, content) in Packages)
        {
            _sample.Write($"artifacts/packages/{name}", content);
        }

        _sample.Write("tools/appveyor", "#!/bin/sh\n# AppVeyor CLI stand-in: keeps what is pushed.\n[ \"$1\" = PushArtifact ] || exit 3\nmkdir -p \"$(dirname \"$0\")/pushed\" && cp \"$2\" \"$(dirname \"$0\")/pushed/\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_sample.PathOf("tools/appveyor"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public async Task DisposeAsync()
    {
        await _signPath.DisposeAsync();
        _sample.Dispose();
    }

    private sealed class Build : AutomationBuild, ISignPackages
    {
        public IEnumerable<AbsolutePath> SignPathPackages => (RootDirectory / "artifacts" / "packages").GlobFiles("*.nupkg");

        TimeSpan ISignPackages.SignPathPollInterval => TimeSpan.FromMilliseconds(20);
    }

    private ComponentRun Sign(string organization)
    {
        _sample.Write(".nuke/parameters.json", $$"""{ "SignPathSettings": { "OrganizationId": "{{organization}}", "ProjectSlug": "nuke", "PolicySlug": "release-signing" } }""");
        return _sample.Run<Build>(
            new Dictionary<string, string>
            {
                ["APPVEYOR"] = "True",
                ["CI"] = "True",
                ["APPVEYOR_ACCOUNT_NAME"] = "acme",
                ["APPVEYOR_PROJECT_SLUG"] = "sample",
                ["APPVEYOR_BUILD_VERSION"] = "1.0.0-build.7",
                ["APPVEYOR_BUILD_ID"] = "4711",
                ["APPVEYOR_JOB_ID"] = "job-9",
                ["SIGN_PATH_API_TOKEN"] = Token,
                ["SIGNPATH_API_URL"] = _signPath.ApiUrl,
                ["PATH"] = $"{_sample.PathOf("tools")}{Path.PathSeparator}{Environment.GetEnvironmentVariable("PATH")}",
            },
            "sign-packages");
    }

    [PosixFact]
    public void The_packages_go_to_SignPath_through_the_AppVeyor_integration_and_come_back_signed()
    {
        var run = Sign("org-1").AssertExitCode(0);

        using (var pushed = ZipFile.OpenRead(_sample.PathOf("tools/pushed/signing-request.zip")))
        {
            Assert.Equal(Packages.Keys.Order(StringComparer.Ordinal), pushed.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        }

        var requests = _signPath.Requests.ToList();
        Assert.Equal(
        [
            "POST /api/v1/org-1/Integrations/AppVeyor?ProjectSlug=nuke&SigningPolicySlug=release-signing",
            "GET /api/v1/org-1/SigningRequests/req-1",
            "GET /api/v1/org-1/SigningRequests/req-1",
            "GET /api/v1/org-1/SigningRequests/req-1/SignedArtifact",
        ], requests.Select(r => r.Call));
        Assert.All(requests, r => Assert.Equal($"Bearer {Token}", r.Authorization));
        var job = JsonNode.Parse(requests[0].Body)!;
        Assert.Equal(("acme", "sample", "1.0.0-build.7", 4711L, "job-9"), ((string?)job["AccountName"], (string?)job["ProjectSlug"], (string?)job["BuildVersion"], (long)job["BuildId"]!, (string?)job["JobId"]));
        foreach (var (name, content) in Packages)
        {
            Assert.Equal(content + " (signed)", File.ReadAllText(_sample.PathOf($"artifacts/packages/{name}")));
        }

        Assert.Contains($"Approve/Deny Request: {_signPath.ApiUrl.Replace("api/v1", "Web", StringComparison.Ordinal)}/org-1/SigningRequests/req-1", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, run.Output, StringComparison.Ordinal);
    }

    [PosixFact]
    public void A_refusal_names_the_status_not_the_token_and_a_broken_download_replaces_nothing()
    {
        var refused = Sign("refuse").AssertExitCode(1);

        Assert.Contains("Posting to SignPath at http://127.0.0.1:", refused.Output, StringComparison.Ordinal);
        Assert.Contains("failed: 403 Forbidden", refused.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, refused.Output, StringComparison.Ordinal);

        var broken = Sign("broken").AssertExitCode(1);

        Assert.DoesNotContain(Token, broken.Output, StringComparison.Ordinal);
        foreach (var (name, content) in Packages)
        {
            Assert.Equal(content, File.ReadAllText(_sample.PathOf($"artifacts/packages/{name}")));
        }

        Assert.Empty(Directory.GetFiles(_sample.PathOf(".nuke/temp/signpath"), "*signing-response*"));
    }
}
