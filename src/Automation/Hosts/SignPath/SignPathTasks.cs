using System.Text.Json;
using Automation.Core;
using Automation.Tools.Chat;

namespace Automation;

/// <summary>
/// NUKE's <c>SignPathTasks</c>: code signing with <see href="https://signpath.io">SignPath</see> through its AppVeyor
/// integration. <see cref="GetSigningRequestUrlViaAppVeyor"/> asks SignPath to fetch this AppVeyor job's artifact and
/// sign it; <see cref="DownloadSignedArtifactFromUrl"/> waits for the request to complete and downloads the signed
/// artifact. The API token is a credential: no message and no log line shows it.
/// The API's address is <see cref="SignPathApiUrl"/>, or the build's <c>SIGNPATH_API_URL</c> variable when set (a
/// self-hosted SignPath, or a stand-in in tests).
/// </summary>
public static class SignPathTasks
{
    /// <summary>SignPath's API (NUKE's <c>SignPathApiUrl</c>).</summary>
    public static string SignPathApiUrl => "https://app.signpath.io/api/v1";

    /// <summary>The variable that points the tasks at another SignPath API.</summary>
    public const string ApiUrlVariable = "SIGNPATH_API_URL";

    /// <summary>How long <see cref="DownloadSignedArtifactFromUrl"/> waits between two looks at a request still in progress, unless told (NUKE: 5 s).</summary>
    public static readonly TimeSpan DefaultPollInterval = TimeSpan.FromSeconds(5);

    /// <summary>How many times <see cref="DownloadSignedArtifactFromUrl"/> looks before it gives up, unless told (NUKE: 100).</summary>
    public const int DefaultPollAttempts = 100;

    /// <summary>The API address of a signing request (NUKE's <c>GetSigningRequestUrl</c>).</summary>
    /// <param name="organizationId">The SignPath organization's id.</param>
    /// <param name="signingRequestId">The request's id.</param>
    /// <returns><c>https://app.signpath.io/api/v1/{organization}/SigningRequests/{id}</c>.</returns>
    public static string GetSigningRequestUrl(string organizationId, string signingRequestId) =>
        $"{SignPathApiUrl}/{Uri.EscapeDataString(organizationId)}/SigningRequests/{Uri.EscapeDataString(signingRequestId)}";

    /// <summary>
    /// Creates a signing request through SignPath's AppVeyor integration (NUKE's <c>GetSigningRequestUrlViaAppVeyor</c>):
    /// SignPath downloads the artifact this AppVeyor job pushed (see <see cref="AppVeyor.PushArtifact"/>) from AppVeyor
    /// itself, so it works on AppVeyor only, for a project that trusts AppVeyor as a build system.
    /// </summary>
    /// <param name="authToken">The SignPath API token of a CI user allowed to submit for the policy.</param>
    /// <param name="organizationId">The SignPath organization's id.</param>
    /// <param name="projectSlug">The SignPath project.</param>
    /// <param name="signingPolicySlug">The signing policy (<c>release-signing</c>).</param>
    /// <param name="appVeyor">The AppVeyor build; by default this process's (<see cref="AppVeyor.Instance"/>).</param>
    /// <returns>The signing request's API address, from SignPath's <c>Location</c> header.</returns>
    /// <exception cref="InvalidOperationException">Not on AppVeyor, or SignPath answered without a request address.</exception>
    /// <exception cref="HttpRequestException">SignPath refused; the message names the status and SignPath's answer.</exception>
#pragma warning disable VSTHRD200 // Use "Async" suffix: NUKE's name, which builds call.
    public static async Task<string> GetSigningRequestUrlViaAppVeyor(string authToken, string organizationId, string projectSlug, string signingPolicySlug, AppVeyor? appVeyor = null)
#pragma warning restore VSTHRD200
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authToken);
        ArgumentException.ThrowIfNullOrWhiteSpace(organizationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(projectSlug);
        ArgumentException.ThrowIfNullOrWhiteSpace(signingPolicySlug);
        appVeyor ??= AppVeyor.Instance ?? throw new InvalidOperationException(
            "SignPath's AppVeyor integration signs an artifact of an AppVeyor job: this build does not run on AppVeyor (APPVEYOR is not set).");

        var api = ApiAddress(appVeyor);
        var uri = new Uri($"{api}/{Uri.EscapeDataString(organizationId)}/Integrations/AppVeyor?ProjectSlug={Uri.EscapeDataString(projectSlug)}&SigningPolicySlug={Uri.EscapeDataString(signingPolicySlug)}");
        var job = new
        {
            appVeyor.AccountName,
            appVeyor.ProjectSlug,
            appVeyor.BuildVersion,
            appVeyor.BuildId,
            appVeyor.JobId,
        };
        using var client = new ChatClient("SignPath", authToken);
        using var response = await client.SendForResponseAsync(HttpMethod.Post, uri, ChatClient.JsonContent(job), authToken).ConfigureAwait(false);
        var location = response.Headers.Location ?? throw new InvalidOperationException(
            $"SignPath at {ChatClient.Origin(uri)} created no signing request: its answer ({(int)response.StatusCode}) has no Location header.");
        var request = location.IsAbsoluteUri ? location : new Uri(uri, location);
        Serilog.Log.Information("Signing request created: {Url}", WebAddress(request.AbsoluteUri));
        return request.AbsoluteUri;
    }

    /// <summary>
    /// Waits for a signing request to complete, then downloads the signed artifact (NUKE's
    /// <c>DownloadSignedArtifactFromUrl</c>). The file is written next to <paramref name="outputPath"/> first and moved
    /// into place when complete: a failed download leaves no partial file.
    /// </summary>
    /// <param name="apiToken">The SignPath API token.</param>
    /// <param name="signingRequestUrl">The request's API address (<see cref="GetSigningRequestUrlViaAppVeyor"/>).</param>
    /// <param name="outputPath">The file to write (replaced).</param>
    /// <param name="pollInterval">The wait between two looks at a request in progress; default <see cref="DefaultPollInterval"/>.</param>
    /// <param name="pollAttempts">How many looks before giving up; default <see cref="DefaultPollAttempts"/>.</param>
    /// <returns>A task that completes when the file is in place.</returns>
    /// <exception cref="InvalidOperationException">The request was denied, failed or cancelled, or did not complete in time.</exception>
    /// <exception cref="HttpRequestException">SignPath refused; the message names the status and SignPath's answer.</exception>
#pragma warning disable VSTHRD200 // Use "Async" suffix: NUKE's name, which builds call.
    public static async Task DownloadSignedArtifactFromUrl(string apiToken, string signingRequestUrl, AbsolutePath outputPath, TimeSpan? pollInterval = null, int? pollAttempts = null)
#pragma warning restore VSTHRD200
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(apiToken);
        ArgumentNullException.ThrowIfNull(outputPath);
        if (!Uri.TryCreate(signingRequestUrl, UriKind.Absolute, out var request))
        {
            throw new ArgumentException($"'{signingRequestUrl}' is not a signing request's address (https://…/SigningRequests/<id>).", nameof(signingRequestUrl));
        }

        using var client = new ChatClient("SignPath", apiToken);
        var artifact = await SignedArtifactAddressAsync(client, request, apiToken, pollInterval ?? DefaultPollInterval, pollAttempts ?? DefaultPollAttempts).ConfigureAwait(false);
        Serilog.Log.Information("Signed artifact is available: {Url}", artifact.AbsoluteUri);

        Directory.CreateDirectory(outputPath.Parent!);
        var partial = outputPath.Parent! / $".{outputPath.Name}.{Guid.NewGuid():N}.partial";
        try
        {
            using (var response = await client.SendForResponseAsync(HttpMethod.Get, artifact, null, apiToken).ConfigureAwait(false))
            {
                var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                await using (file.ConfigureAwait(false))
                {
                    await response.Content.CopyToAsync(file).ConfigureAwait(false);
                }
            }

            File.Move(partial, outputPath, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }

        Serilog.Log.Information("Signed artifact downloaded to: {Path}", outputPath.ToString());
    }

    /// <summary>The request's page in SignPath's web application, where it is approved or denied.</summary>
    /// <param name="signingRequestUrl">The request's API address.</param>
    /// <returns>The address with <c>api/v1</c> replaced by <c>Web</c>, as NUKE shows it.</returns>
    public static string WebAddress(string signingRequestUrl)
    {
        ArgumentNullException.ThrowIfNull(signingRequestUrl);
        return signingRequestUrl.Replace("api/v1", "Web", StringComparison.Ordinal);
    }

    private static string ApiAddress(AppVeyor appVeyor)
    {
        var api = (appVeyor.EnvironmentVariable(ApiUrlVariable) ?? SignPathApiUrl).TrimEnd('/');
        return Uri.TryCreate(api, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? api
            : throw new UsageException($"{ApiUrlVariable} '{api}' is not an http(s) address: unset it for app.signpath.io, or give the API's address (https://host/api/v1).");
    }

    // Looks at the request until it is done: Completed gives the signed artifact's address, Denied, Failed and
    // Cancelled end it; anything else (Queued, Processing, RetrievingArtifact, …) means wait and look again.
    private static async Task<Uri> SignedArtifactAddressAsync(ChatClient client, Uri request, string apiToken, TimeSpan interval, int attempts)
    {
        var status = "unknown";
        for (var attempt = 1; attempt <= Math.Max(1, attempts); attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(interval).ConfigureAwait(false);
            }

            var answer = await client.SendAsync(HttpMethod.Get, request, null, apiToken).ConfigureAwait(false);
            string? link;
            try
            {
                using var json = JsonDocument.Parse(answer);
                status = json.RootElement.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString()! : "without a status";
                link = json.RootElement.TryGetProperty("signedArtifactLink", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString() : null;
            }
            catch (JsonException)
            {
                throw new InvalidOperationException($"SignPath at {ChatClient.Origin(request)} answered the signing request {request.AbsolutePath} with something other than JSON.");
            }

            switch (status)
            {
                case "Completed":
                    return link is not null && Uri.TryCreate(request, link, out var artifact)
                        ? artifact
                        : throw new InvalidOperationException($"SignPath completed the signing request {WebAddress(request.AbsoluteUri)} but gave no signedArtifactLink.");
                case "Denied" or "Failed" or "Cancelled":
                    throw new InvalidOperationException($"Signing request {status}: {WebAddress(request.AbsoluteUri)} says why.");
            }
        }

        throw new TimeoutException(
            $"The signing request {WebAddress(request.AbsoluteUri)} is still {status} after {attempts} looks {interval.TotalSeconds:0.#} s apart: approve it there, or run the target again later.");
    }
}
