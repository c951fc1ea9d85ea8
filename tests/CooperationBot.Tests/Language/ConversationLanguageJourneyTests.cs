using CooperationBot.Tests.Infrastructure;
using static CooperationBot.Tests.Digests.DigestChat;

namespace CooperationBot.Tests.Language;

/// <summary>
/// One language per conversation through the real host. A person who writes Dutch under an en-US client (as many Dutch
/// civil servants' clients are) gets Dutch on every card of a whole journey, and one who writes English under nl-NL
/// gets English: the first question sets the language, and the commands that carry none of their own (help, digest,
/// digest status) follow it. Only the welcome, sent before anyone wrote, follows the locale, with a one-tap switch.
/// </summary>
public sealed class ConversationLanguageJourneyTests : IAsyncLifetime
{
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    // Each step: what the person writes, and the start of the reply's text and the card's heading in each language.
    private static readonly (string Nl, string En, string NlText, string EnText, string? NlHeading, string? EnHeading)[] Journey =
    [
        ("Hoeveel Marokkanen zijn teruggekeerd?", "How many Moroccans have returned?", "Sinds de samenwerking", "Since cooperation", "Antwoord uit de kennisbank", "Answer from the knowledge base"),
        ("help", "help", "Ik help medewerkers", "I help staff", "CooperationBot: wat ik kan", "CooperationBot: what I can do"),
        ("bezoek Marokko", "visit Morocco", "Kennismakingsbezoek", "Introductory visit", "Bezoek uit de kennisbank", "Visit from the knowledge base"),
        ("bezoeken 1999", "visits 1999", "Ik vond geen bezoek", "I found no visit", "Geen bezoek gevonden", "No visit found"),
        ("Wat is het weer morgen?", "What is the weather tomorrow?", "Deze vraag valt buiten", "This question is outside", "Dat staat niet in mijn kennis", "That is not in my knowledge"),
        ("digest", "digest", "U krijgt de samenvatting", "You get the digest", "Uw dagelijkse samenvatting", "Your daily digest"),
        ("digest status", "digest status", "U bent niet aangemeld", "You are not subscribed", "Dagelijkse samenvatting: status", "Daily digest: status"),
        ("digest aan 07:30", "digest subscribe 07:30", "U krijgt de samenvatting elke werkdag om 07:30", "You get the digest every weekday at 07:30", "Aangemeld", "Subscribed"),
        ("digest status", "digest status", "U krijgt de samenvatting elke werkdag om 07:30", "You get the digest every weekday at 07:30", "Dagelijkse samenvatting: status", "Daily digest: status"),
        ("digest aan 25:00", "digest subscribe 25:00", "De tijd 25:00 bestaat niet", "The time 25:00 does not exist", null, null),
        ("digest uit", "digest unsubscribe", "U krijgt geen samenvattingen meer", "You will get no more digests", "Afgemeld", "Unsubscribed"),
        ("digest status", "digest status", "U bent niet aangemeld", "You are not subscribed", "Dagelijkse samenvatting: status", "Daily digest: status"),
    ];

    [Theory]
    [InlineData("nl", "en-US")]
    [InlineData("en", "nl-NL")]
    public async Task Journey_WrittenLanguageUnderTheOtherLocale_EveryReplyInTheWrittenLanguage(string language, string locale)
    {
        var dutch = language == "nl";
        foreach (var step in Journey)
        {
            var said = dutch ? step.Nl : step.En;
            var reply = Assert.Single(await SendAsync(_host, Activities.Message(said, locale: locale)))!;

            var text = (string?)reply["text"];
            Assert.True(text?.StartsWith(dutch ? step.NlText : step.EnText, StringComparison.Ordinal) == true, $"'{said}' answered: {text}");
            var card = reply["attachments"]?[0]?["content"];
            if ((dutch ? step.NlHeading : step.EnHeading) is { } heading)
            {
                Assert.True(language == (string?)card?["lang"], $"'{said}' gave a card in {(string?)card?["lang"]}, not {language}");
                Assert.Equal(heading, (string?)card!["body"]![0]!["text"]);
            }
            else
            {
                Assert.Null(card);
            }
        }
    }

    [Theory]
    [InlineData("en-US", "Welcome to CooperationBot", "In het Nederlands", "CooperationBot: wat ik kan", "U bent niet aangemeld")]
    [InlineData("nl-NL", "Welkom bij CooperationBot", "In English", "CooperationBot: what I can do", "You are not subscribed")]
    public async Task Welcome_BeforeAnyoneWrote_InTheLocaleWithAOneTapSwitchThatSticks(
        string locale, string welcomeHeading, string switchTitle, string helpHeading, string statusText)
    {
        var install = InstallationUpdate("add");
        install["locale"] = locale;
        var welcome = await CardReplyAsync(_host, install);
        Assert.Equal(welcomeHeading, (string?)welcome["body"]![0]!["text"]);
        var button = welcome["actions"]!.AsArray().Single(a => (string?)a!["title"] == switchTitle)!;

        var tap = Activities.Message(string.Empty, locale: locale);
        tap.Remove("text");
        tap["value"] = button["data"]!.DeepClone();
        var help = await CardReplyAsync(_host, tap);
        Assert.Equal(helpHeading, (string?)help["body"]![0]!["text"]);

        // A command with no language of its own now follows the chosen language, not the locale.
        var status = Assert.Single(await SendAsync(_host, Activities.Message("digest status", locale: locale)))!;
        Assert.StartsWith(statusText, (string?)status["text"], StringComparison.Ordinal);
    }
}
