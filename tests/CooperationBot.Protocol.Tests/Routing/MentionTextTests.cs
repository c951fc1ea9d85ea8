using System.Diagnostics;
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

    [Fact]
    public void RemoveRecipientMention_OtherCase_RemovesIgnoringCase()
    {
        var activity = WithMention("<AT>BOT</AT> hulp", "<at>Bot</at>");

        Assert.Equal("hulp", MentionText.RemoveRecipientMention(activity));
    }

    // Found by the fuzzer (issue 8): a mention of 100,000 regex-special characters took seconds per request, because
    // the mention became a regular expression (whose construction no timeout bounds).
    [Theory]
    [InlineData("(")]
    [InlineData("*?+[")]
    [InlineData("\\")]
    public void RemoveRecipientMention_HugeRegexSpecialMention_RemovedLiterallyWithinASecond(string pattern)
    {
        var mention = string.Concat(Enumerable.Repeat(pattern, 100_000 / pattern.Length));
        var activity = WithMention(mention + " hulp " + mention, mention);
        var clock = Stopwatch.StartNew();

        var text = MentionText.RemoveRecipientMention(activity);

        Assert.Equal("hulp", text);
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 1);
    }
}
