using System.Text.Json;
using Automation.Core;
using Automation.Tools.Chat;

namespace Automation;

/// <summary>
/// NUKE's <c>MastodonTasks</c>: posts a <see cref="MastodonStatus"/> to a Mastodon instance,
/// <c>await SendMastodonMessageAsync(_ =&gt; _.SetText(text).AddMediaFiles(image), "https://dotnet.social", token)</c>
/// with <c>using static Automation.MastodonTasks;</c>: each media file is uploaded (<c>POST /api/v2/media</c>), then the
/// status is posted with them (<c>POST /api/v1/statuses</c>). The access token is a credential: no message shows it.
/// </summary>
public static class MastodonTasks
{
    /// <summary>Posts a status and waits for it.</summary>
    /// <param name="configurator">Builds the status.</param>
    /// <param name="instance">The instance's address (<c>https://dotnet.social</c>); its path is ignored.</param>
    /// <param name="accessToken">An application's access token with the <c>write:statuses</c> and <c>write:media</c> scopes.</param>
    public static void SendMastodonMessage(Configure<MastodonStatus> configurator, string instance, string accessToken) =>
        SynchronousWait.For(SendMastodonMessageAsync(configurator, instance, accessToken), "NUKE's synchronous SendMastodonMessage");

    /// <summary>Uploads the status's media files, in order, then posts the status with them.</summary>
    /// <param name="configurator">Builds the status.</param>
    /// <param name="instance">The instance's address (<c>https://dotnet.social</c>); its path is ignored.</param>
    /// <param name="accessToken">An application's access token with the <c>write:statuses</c> and <c>write:media</c> scopes.</param>
    /// <returns>A task that completes when the instance accepted the status.</returns>
    public static async Task SendMastodonMessageAsync(Configure<MastodonStatus> configurator, string instance, string accessToken)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        var status = configurator(new MastodonStatus());
        var missing = status.MediaFiles.Where(file => !File.Exists(file)).ToList();
        if (missing.Count > 0)
        {
            throw new FileNotFoundException($"The Mastodon status's media file {missing[0]} does not exist.", missing[0]);
        }

        using var client = new ChatClient("Mastodon", accessToken);
        // The port is kept (NUKE's address dropped it), so an instance on another port is reached too.
        var api = ChatClient.Origin(client.Address(instance, "instance")) + "/api";
        var mediaIds = new List<string>();
        foreach (var file in status.MediaFiles)
        {
            mediaIds.Add(await UploadAsync(client, new Uri($"{api}/v2/media"), file, accessToken).ConfigureAwait(false));
        }

        using var content = ChatClient.JsonContent(new Dictionary<string, object?> { ["status"] = status.Text, ["media_ids"] = mediaIds });
        await client.SendAsync(HttpMethod.Post, new Uri($"{api}/v1/statuses"), content, accessToken).ConfigureAwait(false);
    }

    private static async Task<string> UploadAsync(ChatClient client, Uri uri, string file, string accessToken)
    {
        var stream = File.OpenRead(file);
        await using (stream.ConfigureAwait(false))
        {
            using var content = new MultipartFormDataContent();
            content.Add(new StreamContent(stream), "file", Path.GetFileName(file));
            var answer = await client.SendAsync(HttpMethod.Post, uri, content, accessToken).ConfigureAwait(false);
            using var json = JsonDocument.Parse(answer);
            return json.RootElement.TryGetProperty("id", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number
                ? id.ToString()
                : throw client.Refused(uri, answer);
        }
    }
}
