using CooperationBot.Protocol.Routing;

namespace CooperationBot.Protocol.Tests.Routing;

public class MentionTextTests
{
    private static Activity WithMention(string text, string mentionText, string mentionedId = "28:bot") => new()
    {
        Text = text,
        Recipient = new ChannelAccount { Id = "28:bot", Name = "Bot" },
        Entities = [new Entity { Type = "mention", Mentioned = new ChannelAccount { Id = mentionedId }, Text = mentionText }],
    };

    [Fact]
    public void RemoveRecipientMention_BotMentioned_RemovesMentionAndTrims()
    {
        var activity = WithMention("<at>Bot</at> hulp ", "<at>Bot</at>");

        Assert.Equal("hulp", MentionText.RemoveRecipientMention(activity));
    }

    [Fact]
    public void RemoveRecipientMention_RegexSpecialBotName_RemovesLiterally()
    {
        var activity = WithMention("<at>Bot (J&V) [test]+*?</at> help", "<at>Bot (J&V) [test]+*?</at>");

        Assert.Equal("help", MentionText.RemoveRecipientMention(activity));
    }

    [Fact]
    public void RemoveRecipientMention_OtherPersonMentioned_KeepsMention()
    {
        var activity = WithMention("<at>Anna</at> help", "<at>Anna</at>", mentionedId: "29:anna");

        Assert.Equal("<at>Anna</at> help", MentionText.RemoveRecipientMention(activity));
    }

    [Fact]
    public void RemoveRecipientMention_NoEntities_ReturnsTrimmedText()
    {
        Assert.Equal("help", MentionText.RemoveRecipientMention(new Activity { Text = "  help\n" }));
    }
}
