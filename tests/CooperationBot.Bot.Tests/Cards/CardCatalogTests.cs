using System.Text.RegularExpressions;
using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Tests.Answering;
using CooperationBot.Testing.Cards;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Tests.Cards;

public partial class CardCatalogTests
{
    private static readonly Lazy<List<(string Name, AdaptiveCard Card)>> Cards = new(() =>
    {
        using var answerer = new Answerer(
            new FixedKnowledgeSource(TestKnowledge.Real), Options.Create(new AnsweringOptions()), NullLogger<Answerer>.Instance, TimeProvider.System);
        return [.. CardCatalog.All(answerer), .. GrowingCardSamples.Digests(), .. GrowingCardSamples.Answers(), .. GrowingCardSamples.Visits()];
    });

    public static TheoryData<string> CardNames() => [.. Cards.Value.Select(c => c.Name)];

    public static TheoryData<string> CardNamesWithMessageText() => [.. Cards.Value.Select(c => c.Name).Where(n => !n.StartsWith("fact.", StringComparison.Ordinal))];

    private static AdaptiveCard Card(string name) => Cards.Value.Single(c => c.Name == name).Card;

    [Theory]
    [MemberData(nameof(CardNames))]
    public void All_EveryCard_PassesTheAdaptiveCard15Schema(string name)
    {
        CardSchemaValidator.AssertValid(Card(name));
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void All_EveryCard_StaysUnderTheSafeSize(string name)
    {
        Assert.InRange(Card(name).Utf8Size(), 1, AdaptiveCard.SafeMaxUtf8Size);
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void All_EveryCard_HasFallbackTextAndSpeakSayingTheSame(string name)
    {
        var card = Card(name);

        Assert.False(string.IsNullOrWhiteSpace(card.FallbackText));
        Assert.Equal(card.FallbackText, card.Speak);
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void All_EveryCard_SpeaksPlainText(string name)
    {
        var speak = Card(name).Speak!;

        Assert.DoesNotMatch(CitationMark(), speak);
        Assert.DoesNotMatch(Link(), speak);
        Assert.DoesNotMatch(Markdown(), speak);
    }

    /// <summary>
    /// The lead (fallbackText, speak and the message text) is not shown again in the card's body. The source lines of
    /// an answer's lead are the spoken form of its [1] mark, not in the visible text, so they may stay on the card; the
    /// message extension's fact card travels without message text, so it shows its statement.
    /// </summary>
    [Theory]
    [MemberData(nameof(CardNamesWithMessageText))]
    public void All_EveryCard_DoesNotRepeatItsLeadInItsBody(string name)
    {
        var card = Card(name);
        var sentences = Sentences().Split(card.FallbackText!).Select(Bare).ToHashSet(StringComparer.Ordinal);

        var repeated = CardText.OfBody(card).Split('\n')
            .Where(line => !line.StartsWith("Bron: ", StringComparison.Ordinal) && !line.StartsWith("Source: ", StringComparison.Ordinal))
            .Where(line => sentences.Contains(Bare(line)) || Bare(line) == Bare(card.FallbackText!));

        Assert.Empty(repeated);
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void All_EveryToggleButton_TargetsElementsOfItsCardWhoseIdsAreUnique(string name)
    {
        var card = Card(name);
        var ids = Elements(card.Body).Select(e => e.Id).OfType<string>().ToList();
        var targets = Elements(card.Body).OfType<ActionSet>().SelectMany(s => s.Actions).Concat(card.Actions ?? [])
            .OfType<ToggleVisibilityAction>().SelectMany(t => t.TargetElements).Select(t => t.ElementId);

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(targets, id => Assert.Contains(id, ids));
    }

    private static IEnumerable<CardElement> Elements(IEnumerable<CardElement> elements) =>
        elements.SelectMany(e => e is Container container ? Elements(container.Items).Prepend(e) : [e]);

    [Fact]
    public void All_NamesAreUniqueAndCoverBothLanguages()
    {
        var names = Cards.Value.Select(c => c.Name).ToList();

        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Contains("help.nl", names);
        Assert.Contains("help.en", names);
        Assert.Contains("answer.terugkeer.nl", names);
        Assert.Contains("answer.terugkeer.en", names);
        Assert.Contains("not-found.nl", names);
        Assert.Contains("not-found.en", names);
        Assert.Contains("fact.nl", names);
        Assert.Contains("fact.en", names);
        Assert.Contains("visits.nl", names);
        Assert.Contains("visit-choice.en", names);
        Assert.Contains("visit-not-found.nl", names);
        Assert.Contains("visit.bezoek-marokko-2023-02-21.nl", names);
        Assert.Contains("visit.bezoek-marokko-2023-02-21.en", names);
        foreach (var digest in new[] { "digest", "digest-first", "digest-no-changes", "digest-welcome", "digest-settings", "digest-settings-channel", "digest-status", "digest-status-parked", "digest-status-none", "digest-subscribed", "digest-unsubscribed" })
        {
            Assert.Contains($"{digest}.nl", names);
            Assert.Contains($"{digest}.en", names);
        }
    }

    [Fact]
    public void All_TheDigestOfKnowledgeThatChangesOverTime_IsCheckedInBothLanguages()
    {
        var names = Cards.Value.Select(c => c.Name).ToList();

        Assert.Contains("growing.digest-over-time.nl", names);
        Assert.Contains("growing.digest-over-time.en", names);
    }

    private static string Bare(string sentence) => sentence.Trim().TrimEnd('.', ':');

    [GeneratedRegex(@"\[\d+\]")]
    private static partial Regex CitationMark();

    [GeneratedRegex(@"https?://|www\.")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*|__|`|\]\(|^\s*[#>\-*] |\n")]
    private static partial Regex Markdown();

    [GeneratedRegex(@"(?<=[.!?:])\s+")]
    private static partial Regex Sentences();
}
