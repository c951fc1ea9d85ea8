using CooperationBot.Tests.Infrastructure;
using static CooperationBot.Tests.Digests.DigestChat;

namespace CooperationBot.Tests.Language;

/// <summary>
/// One language per conversation through the real host: after a question in one language, the commands that carry
/// no language of their own (help, digest settings, status, subscribe, unsubscribe) answer in it, whatever the locale;
/// visits, subscribing and unsubscribing are asked with the commands of the same language.
/// </summary>
public sealed class ConversationLanguageJourneyTests : IAsyncLifetime
{
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("Hoeveel Marokkanen zijn teruggekeerd?", "en-US", "nl")]
    [InlineData("How many Moroccans have returned?", "nl-NL", "en")]
    public async Task Journey_WrittenLanguageUnderTheOtherLocale_EveryCardFollowsTheWrittenLanguage(string question, string locale, string expected)
    {
        var answer = await CardReplyAsync(_host, Activities.Message(question, locale: locale));
        Assert.Equal(expected, (string?)answer["lang"]);

        foreach (var command in new[] { "help", expected == "en" ? "visits" : "bezoeken", "digest", "digest status", expected == "en" ? "digest subscribe 07:30" : "digest aan 07:30", "digest status", expected == "en" ? "digest unsubscribe" : "digest uit" })
        {
            var card = await CardReplyAsync(_host, Activities.Message(command, locale: locale));
            Assert.True(expected == (string?)card["lang"], $"'{command}' answered in {(string?)card["lang"]}, not {expected}");
        }
    }
}
