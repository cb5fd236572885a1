using Automation.Core;
using Automation.Tools.Chat;

namespace Automation;

/// <summary>
/// NUKE's <c>DiscordTasks</c>: posts a <see cref="DiscordMessage"/> to a Discord webhook,
/// <c>await SendDiscordMessageAsync(_ =&gt; _.SetContent("Released"), DiscordWebhook)</c> with
/// <c>using static Automation.DiscordTasks;</c>. The webhook address is a credential: no message shows it (declare it
/// <c>[Parameter] [Secret]</c> so that the build's output masks it too).
/// </summary>
public static class DiscordTasks
{
    /// <summary>Posts a message to a webhook and waits for it.</summary>
    /// <param name="configurator">Builds the message.</param>
    /// <param name="webhook">The webhook's address (<c>https://discord.com/api/webhooks/…</c>).</param>
    public static void SendDiscordMessage(Configure<DiscordMessage> configurator, string webhook) =>
        SynchronousWait.For(SendDiscordMessageAsync(configurator, webhook), "NUKE's synchronous SendDiscordMessage");

    /// <summary>Posts a message to a webhook as JSON; a status other than 2xx fails with Discord's answer.</summary>
    /// <param name="configurator">Builds the message.</param>
    /// <param name="webhook">The webhook's address (<c>https://discord.com/api/webhooks/…</c>).</param>
    /// <returns>A task that completes when Discord accepted the message.</returns>
    public static async Task SendDiscordMessageAsync(Configure<DiscordMessage> configurator, string webhook)
    {
        ArgumentNullException.ThrowIfNull(configurator);
        var message = configurator(new DiscordMessage());
        using var client = new ChatClient("Discord", webhook);
        var uri = client.Address(webhook, "webhook");
        using var content = ChatClient.JsonContent(message);
        await client.SendAsync(HttpMethod.Post, uri, content).ConfigureAwait(false);
    }
}
