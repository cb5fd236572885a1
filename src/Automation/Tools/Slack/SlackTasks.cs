using System.Text.Json;
using Automation.Core;
using Automation.Tools.Chat;

namespace Automation;

/// <summary>
/// NUKE's <c>SlackTasks</c>: posts a <see cref="SlackMessage"/> to a Slack incoming webhook,
/// <c>await SendSlackMessageAsync(_ =&gt; _.SetText("Released"), SlackWebhook)</c> with
/// <c>using static Automation.SlackTasks;</c>, or through Slack's Web API with a bot token
/// (<see cref="SendOrUpdateSlackMessage"/>). The webhook address and the token are credentials: no message shows them
/// (declare them <c>[Parameter] [Secret]</c> so that the build's output masks them too).
/// </summary>
public static class SlackTasks
{
    /// <summary>Slack's Web API, where <see cref="SendOrUpdateSlackMessage"/> posts unless told otherwise.</summary>
    public const string DefaultApiUrl = "https://slack.com/api";

    /// <summary>Posts a message to an incoming webhook and waits for it.</summary>
    /// <param name="configurator">Builds the message.</param>
    /// <param name="webhook">The webhook's address (<c>https://hooks.slack.com/services/…</c>).</param>
    public static void SendSlackMessage(Configure<SlackMessage> configurator, string webhook) =>
        SynchronousWait.For(SendSlackMessageAsync(configurator, webhook), "NUKE's synchronous SendSlackMessage");

    /// <summary>
    /// Posts a message to an incoming webhook: its JSON as the form field <c>payload</c>, as Slack's webhooks take it.
    /// Fails unless Slack answers <c>ok</c>.
    /// </summary>
    /// <param name="configurator">Builds the message.</param>
    /// <param name="webhook">The webhook's address (<c>https://hooks.slack.com/services/…</c>).</param>
    /// <returns>A task that completes when Slack accepted the message.</returns>
    public static async Task SendSlackMessageAsync(Configure<SlackMessage> configurator, string webhook)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        var message = configurator(new SlackMessage());
        using var client = new ChatClient("Slack", webhook);
        var uri = client.Address(webhook, "webhook");
        using var content = new FormUrlEncodedContent([new("payload", JsonSerializer.Serialize(message, ChatClient.Json))]);
        var answer = await client.SendAsync(HttpMethod.Post, uri, content).ConfigureAwait(false);
        if (answer.Trim() != "ok")
        {
            throw client.Refused(uri, answer);
        }
    }

    /// <summary>
    /// Posts a message through Slack's Web API with a bot token (<c>chat.postMessage</c>), or updates the message whose
    /// <see cref="SlackMessage.Timestamp"/> is set (<c>chat.update</c>). Fails when Slack answers with an <c>error</c>.
    /// </summary>
    /// <param name="configurator">Builds the message; set <see cref="SlackMessage.Channel"/>.</param>
    /// <param name="accessToken">The bot's token (<c>xoxb-…</c>).</param>
    /// <param name="apiUrl">The Web API's address (default <see cref="DefaultApiUrl"/>; not in NUKE).</param>
    /// <returns>The message's timestamp (<c>ts</c>), to update it later.</returns>
#pragma warning disable VSTHRD200 // Use "Async" suffix: NUKE's name, which builds call.
    public static async Task<string> SendOrUpdateSlackMessage(Configure<SlackMessage> configurator, string accessToken, string apiUrl = DefaultApiUrl)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        var message = configurator(new SlackMessage());
        using var client = new ChatClient("Slack", accessToken);
        var uri = client.Address($"{apiUrl.TrimEnd('/')}/{(message.Timestamp is null ? "chat.postMessage" : "chat.update")}", "API address");
        using var content = ChatClient.JsonContent(message);
        var answer = await client.SendAsync(HttpMethod.Post, uri, content, accessToken).ConfigureAwait(false);
        using var json = JsonDocument.Parse(answer);
        var root = json.RootElement;
        if (root.TryGetProperty("error", out var error) || !root.TryGetProperty("ts", out var timestamp))
        {
            throw client.Refused(uri, answer);
        }

        return timestamp.GetString() ?? throw client.Refused(uri, answer);
    }
#pragma warning restore VSTHRD200
}
