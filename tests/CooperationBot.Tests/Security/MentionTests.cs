using System.Net;
using System.Text.Json.Nodes;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Security;

/// <summary>Security case 33: the bot's own @mention is removed literally, whatever characters its name holds.</summary>
public sealed class MentionTests
{
    private const string HelpCardTitle = "CooperationBot: wat ik kan";

    // Case 33
    [Theory]
    [InlineData("Bot (J&V) [v2.0]")]
    [InlineData("Bot*+?")]
    [InlineData("Bot|help")]
    [InlineData("^$.*\\d{3}")]
    [InlineData(".*")]
    [InlineData("(a+)+$")]
    public async Task PostActivity_BotMentionWithRegexSpecialName_StrippedAndHelpCardReturned(string botName)
    {
        await using var bot = await SecureBot.StartAsync(o => o.UseBotRoutes = true);

        var card = await PostMentionAsync(bot, botName, Activities.BotId, $"<at>{botName}</at> help");

        Assert.Contains(HelpCardTitle, card, StringComparison.Ordinal);
    }

    // Case 33: someone else's mention, with the same special characters, stays in the text: no help card.
    [Theory]
    [InlineData(".*")]
    [InlineData("Bot|help")]
    public async Task PostActivity_OtherUsersRegexSpecialMention_KeptInText(string name)
    {
        await using var bot = await SecureBot.StartAsync(o => o.UseBotRoutes = true);

        var card = await PostMentionAsync(bot, name, "29:someone-else", $"<at>{name}</at> help");

        Assert.DoesNotContain(HelpCardTitle, card, StringComparison.Ordinal);
    }

    /// <summary>Posts an expectReplies message with one mention entity and returns the reply's card as JSON text.</summary>
    private static async Task<string> PostMentionAsync(SecureBot bot, string name, string mentionedId, string text)
    {
        var activity = bot.Message(text, expectReplies: true);
        activity["recipient"]!["name"] = name;
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = mentionedId, ["name"] = name },
            ["text"] = $"<at>{name}</at>",
        });

        using var response = await bot.PostAsync(activity, bot.Header());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await BotTestHost.ReadRepliesAsync(response));
        var attachment = Assert.Single(reply!["attachments"]!.AsArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment!["contentType"]);
        return attachment["content"]!.ToJsonString();
    }
}
