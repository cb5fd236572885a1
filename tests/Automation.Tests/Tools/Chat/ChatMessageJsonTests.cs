using System.Text.Json;
using System.Text.Json.Nodes;
using Automation.Tools.Chat;

namespace Automation.Tests.Tools.Chat;

/// <summary>The chat messages built with NUKE's fluent forms serialize to the services' own field names, unset values left out.</summary>
public sealed class ChatMessageJsonTests
{
    private static JsonNode Json<T>(T value) => JsonNode.Parse(JsonSerializer.Serialize(value, ChatClient.Json))!;

    [Fact]
    public void A_Slack_message_with_an_attachment_uses_Slacks_field_names()
    {
        var message = new SlackMessage()
            .SetText("Released")
            .DisableMarkdown()
            .AddAttachments(_ => _
                .SetFallback("NUKE 10.1.0")
                .SetAuthorName("NUKE 10.1.0")
                .SetAuthorLink("https://nuget.org/packages/Nuke.Common/10.1.0")
                .SetColor("#0000acc1")
                .SetThumbUrl("https://example.org/rocket.png")
                .AddFields(_ => _.SetTitle("Commits").SetValue("12").EnableShort())
                .AddActions(_ => _.SetName("open").SetText("Open").SetStyle(SlackMessageActionStyle.danger)));

        var json = Json(message);

        Assert.Equal("Released", (string?)json["text"]);
        Assert.False((bool)json["mrkdwn"]!);
        Assert.Null(json["channel"]);
        var attachment = json["attachments"]![0]!;
        Assert.Equal("NUKE 10.1.0", (string?)attachment["fallback"]);
        Assert.Equal("https://nuget.org/packages/Nuke.Common/10.1.0", (string?)attachment["author_link"]);
        Assert.Equal("#0000acc1", (string?)attachment["color"]);
        Assert.Equal("https://example.org/rocket.png", (string?)attachment["thumb_url"]);
        Assert.Equal("Commits", (string?)attachment["fields"]![0]!["title"]);
        Assert.True((bool)attachment["fields"]![0]!["short"]!);
        Assert.Equal("button", (string?)attachment["actions"]![0]!["type"]);
        Assert.Equal("danger", (string?)attachment["actions"]![0]!["style"]);
    }

    [Fact]
    public void A_Discord_message_nests_its_embeds_parts_and_writes_the_colour_as_a_number()
    {
        var message = new DiscordMessage()
            .SetContent("@everyone")
            .AddEmbeds(_ => _
                .SetTitle("NUKE 10.1.0 RELEASED!")
                .SetColor(0x00ACC1)
                .SetType(DiscordEmbedType.rich)
                .SetThumbnail(_ => _.SetUrl("https://example.org/gift.png"))
                .SetFooter(_ => _.SetText("Powered by sponsors.").SetIconUrl("https://example.org/icon.webp")));

        var json = Json(message);

        Assert.Equal("@everyone", (string?)json["content"]);
        var embed = json["embeds"]![0]!;
        Assert.Equal(0x00ACC1, (int)embed["color"]!);
        Assert.Equal("rich", (string?)embed["type"]);
        Assert.Equal("https://example.org/gift.png", (string?)embed["thumbnail"]!["url"]);
        Assert.Equal("https://example.org/icon.webp", (string?)embed["footer"]!["icon_url"]);
        Assert.Null(embed["image"]);
    }

    [Fact]
    public void A_Mastodon_status_collects_its_text_and_media_files_in_order()
    {
        var status = new MastodonStatus().SetText("Check out 10.1.0").AddMediaFiles("a.png").AddMediaFiles("b.png");

        Assert.Equal("Check out 10.1.0", status.Text);
        Assert.Equal(["a.png", "b.png"], status.MediaFiles);
    }

    [Fact]
    public async Task A_webhook_that_is_no_address_fails_without_showing_it()
    {
        const string canary = "hooks-canary-7f3e91c2";

        var exception = await Assert.ThrowsAsync<ArgumentException>(() => SlackTasks.SendSlackMessageAsync(_ => _.SetText("x"), $"services/{canary}"));

        Assert.DoesNotContain(canary, exception.Message, StringComparison.Ordinal);
        Assert.Contains("http(s) address", exception.Message, StringComparison.Ordinal);
    }
}
