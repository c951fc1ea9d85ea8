using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Tests.Digests;

public class DigestCommandTests
{
    [Theory]
    [InlineData("digest", DigestCommandKind.Settings, null)]
    [InlineData("digest instellingen", DigestCommandKind.Settings, UserLanguage.Dutch)]
    [InlineData("digest settings", DigestCommandKind.Settings, UserLanguage.English)]
    [InlineData("digest aan", DigestCommandKind.Subscribe, UserLanguage.Dutch)]
    [InlineData("Digest Subscribe", DigestCommandKind.Subscribe, UserLanguage.English)]
    [InlineData("digest uit", DigestCommandKind.Unsubscribe, UserLanguage.Dutch)]
    [InlineData("digest unsubscribe", DigestCommandKind.Unsubscribe, UserLanguage.English)]
    [InlineData("digest status", DigestCommandKind.Status, null)]
    [InlineData("digest  status ", DigestCommandKind.Status, null)]
    [InlineData("digest graag", DigestCommandKind.Unknown, null)]
    [InlineData("digest status nu", DigestCommandKind.Unknown, null)]
    public void Parse_Words_GiveTheCommand(string text, DigestCommandKind kind, UserLanguage? language)
    {
        var command = DigestCommand.Parse(text);

        Assert.Equal(kind, command.Kind);
        Assert.Equal(language, command.Language);
        Assert.Null(command.Error);
        Assert.Null(command.Time);
    }

    [Theory]
    [InlineData("digest aan 07:30", 7, 30)]
    [InlineData("digest aan 7:05", 7, 5)]
    [InlineData("digest subscribe 18.45", 18, 45)]
    [InlineData("digest subscribe 0630", 6, 30)]
    [InlineData("digest aan 00:00", 0, 0)]
    [InlineData("digest aan 23:59", 23, 59)]
    public void Parse_SubscribeWithTime_ReadsTheTime(string text, int hours, int minutes)
    {
        var command = DigestCommand.Parse(text);

        Assert.Equal(DigestCommandKind.Subscribe, command.Kind);
        Assert.Equal(new TimeOnly(hours, minutes), command.Time);
        Assert.Null(command.Error);
    }

    [Theory]
    [InlineData("digest aan 25:00", "De tijd 25:00 bestaat niet")]
    [InlineData("digest aan 07:60", "De tijd 07:60 bestaat niet")]
    [InlineData("digest aan 07:61", "De tijd 07:61 bestaat niet")]
    [InlineData("digest subscribe 24:00", "The time 24:00 does not exist")]
    [InlineData("digest aan morgen", "Die tijd kan ik niet lezen")]
    [InlineData("digest subscribe 7", "I could not read")]
    [InlineData("digest subscribe 07:30 daily", "I could not read")]
    public void Parse_SubscribeWithBadTime_ExplainsInTheCommandsLanguage(string text, string expected)
    {
        var command = DigestCommand.Parse(text);

        Assert.Equal(DigestCommandKind.Subscribe, command.Kind);
        Assert.Null(command.Time);
        Assert.StartsWith(expected, command.Error, StringComparison.Ordinal);
    }
}
