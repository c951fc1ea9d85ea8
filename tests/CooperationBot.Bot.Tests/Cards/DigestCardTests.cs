using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Digests.Content;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Tests.Answering;
using CooperationBot.Bot.Tests.Digests.Content;
using CooperationBot.Testing.Cards;

namespace CooperationBot.Bot.Tests.Cards;

public class DigestCardTests
{
    private static readonly DateOnly Date = new(2026, 3, 2);

    private static IReadOnlyDictionary<string, string> RealHashes => KnowledgeItemHashes.Compute(TestKnowledge.Real.Knowledge);

    /// <summary>The real knowledge against a baseline without the first figure and with an older form of one fact.</summary>
    private static DigestContent OneAddedOneChanged()
    {
        var knowledge = TestKnowledge.Real.Knowledge;
        var baseline = RealHashes.ToDictionary(StringComparer.Ordinal);
        baseline.Remove(knowledge.Figures[0].Id);
        baseline["bezoek-kennismaking"] = "0000000000000000";
        baseline["gone"] = "0000000000000000";
        return DigestContentBuilder.Build(TestKnowledge.Real, RealHashes, baseline, Date, "old");
    }

    private static DigestContent EverythingAdded() =>
        DigestContentBuilder.Build(TestKnowledge.Real, RealHashes, new Dictionary<string, string>(), Date);

    /// <summary>The item containers, also those folded behind a "Toon nog …" button (a container with an id).</summary>
    private static List<Container> Items(AdaptiveCard card) => [.. ItemsIn(card.Body)];

    private static IEnumerable<Container> ItemsIn(IEnumerable<CardElement> elements) =>
        elements.OfType<Container>().SelectMany(c => c.Id is null ? [c] : ItemsIn(c.Items));

    private static List<SubmitAction> Buttons(Container item) => [.. item.Items.OfType<ActionSet>().SelectMany(s => s.Actions).Cast<SubmitAction>()];

    [Fact]
    public void Create_Dutch_ShowsTitleDateVersionCountsAndRemoved()
    {
        var card = DigestCard.Create(OneAddedOneChanged(), UserLanguage.Dutch);

        var text = CardText.Of(card);
        Assert.Equal("Dagelijkse samenvatting", Assert.IsType<TextBlock>(card.Body[0]).Text);
        Assert.Contains($"2 maart 2026 · kennisversie {TestKnowledge.Real.Version}", text);
        Assert.Contains("Sinds uw vorige samenvatting: 1 nieuw, 1 gewijzigd.", text);
        Assert.Contains("Verwijderd uit de kennis: 1.", text);
        Assert.Contains("Nieuw", text);
        Assert.Contains("Gewijzigd", text);
        Assert.Contains(TestKnowledge.Real.Knowledge.Figures[0].Meaning.Nl, text);
        Assert.Equal(DigestVerbs.Settings, (string?)Assert.IsType<SubmitAction>(Assert.Single(card.Actions!)).Data!["verb"]);
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Create_English_ShowsTheTranslationAndSaysSo()
    {
        var card = DigestCard.Create(OneAddedOneChanged(), UserLanguage.English);

        var text = CardText.Of(card);
        Assert.Equal("en", card.Lang);
        Assert.Contains("Since your previous digest: 1 new, 1 changed.", text);
        Assert.Contains("English translations of the Dutch source texts.", text);
        Assert.Contains(TestKnowledge.Real.Knowledge.Facts.Single(f => f.Id == "bezoek-kennismaking").Text.En!, text);
        Assert.Contains("Source: Staatssecretaris Van der Burg bezoekt collega minister Laftit in Marokko", text);
        CardSchemaValidator.AssertValid(card);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "Bron: Staatssecretaris Van der Burg bezoekt", "Zelfde bron (21 februari 2023), alinea ")]
    [InlineData(UserLanguage.English, "Source: Staatssecretaris Van der Burg bezoekt", "Same source (21 February 2023), paragraph ")]
    public void Create_EveryListedItem_HasItsSourceLineNamingTheDocumentOncePerSection(UserLanguage language, string first, string same)
    {
        var card = DigestCard.Create(EverythingAdded(), language);

        var sourceLines = Items(card).Select(item => item.Items.OfType<TextBlock>().Where(b => b.IsSubtle == true && b.Text.Contains(" · ", StringComparison.Ordinal)).ToList()).ToList();
        Assert.Equal(DigestCard.MaxChanges, sourceLines.Count);
        Assert.All(sourceLines, lines => Assert.Single(lines));
        Assert.Contains(first, sourceLines[0][0].Text);
        Assert.All(sourceLines.Skip(1), lines => Assert.Contains(same, lines[0].Text));
    }

    [Fact]
    public void Create_FactAndVisit_HaveAnAskAndAVisitButton()
    {
        var content = EverythingAdded();
        var fact = content.Added.Single(i => i.Id == "bezoek-kennismaking");
        var visit = content.Added.Single(i => i.Kind == DigestItemKind.Visit);

        var card = DigestCard.Create(content with { Added = [fact, visit] }, UserLanguage.English);

        var ask = Assert.Single(Buttons(Items(card)[0]));
        Assert.Equal(AskButton.Verb, (string?)ask.Data!["verb"]);
        Assert.Equal("When was State Secretary Van der Burg in Morocco?", (string?)ask.Data[AskButton.QuestionProperty]);
        Assert.Equal("en", (string?)ask.Data["lang"]);
        var open = Assert.Single(Buttons(Items(card)[1]));
        Assert.Equal(VisitButton.Verb, (string?)open.Data!["verb"]);
        Assert.Equal(visit.Id, (string?)open.Data[VisitButton.VisitIdProperty]);
        Assert.Contains("21 February 2023, ", CardText.Of(card));
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "Toon nog 17")]
    [InlineData(UserLanguage.English, "Show 17 more")]
    public void Create_ManyItems_ShowsTheFirstThreeAndFoldsTheRestBehindAToggle(UserLanguage language, string buttonTitle)
    {
        var card = DigestCard.Create(EverythingAdded(), language);

        Assert.Equal(DigestCard.MaxOpen, card.Body.OfType<Container>().Count(c => c.Id is null));
        var show = Assert.IsType<ToggleVisibilityAction>(Assert.Single(card.Body.OfType<ActionSet>().Single(s => s.Id == "digest-new-show").Actions));
        Assert.Equal(buttonTitle, show.Title);
        var folded = card.Body.OfType<Container>().Single(c => c.Id == "digest-new");
        Assert.False(folded.IsVisible);
        Assert.Equal(DigestCard.MaxChanges - DigestCard.MaxOpen, folded.Items.OfType<Container>().Count());
        Assert.Equal(DigestCard.MaxChanges, Items(card).Count);
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Create_ThreeItems_FoldsNothing()
    {
        var content = EverythingAdded();

        var card = DigestCard.Create(content with { Added = [.. content.Added.Take(3)] }, UserLanguage.Dutch);

        Assert.DoesNotContain(card.Body, e => e.Id is not null);
        Assert.Equal(3, Items(card).Count);
    }

    [Fact]
    public void Create_Quote_ShowsTheWordsAndTheSpeaker()
    {
        var quote = EverythingAdded().Added.Single(i => i.Kind == DigestItemKind.Quote);

        var text = CardText.Of(DigestCard.Create(EverythingAdded() with { Added = [quote] }, UserLanguage.Dutch));

        Assert.Contains($"“{quote.Text.Nl}”", text);
        Assert.Contains("— Van der Burg (Staatssecretaris), 21 februari 2023", text);
    }

    [Fact]
    public void Create_500ChangedItems_StaysUnder80KilobytesAndSaysHowManyMore()
    {
        var facts = Enumerable.Range(0, 500).Select(i => DigestTestKnowledge.Fact($"f{i:D3}", $"Feit {i}: " + new string('x', 400), question: $"Vraag {i}?")).ToList();
        var knowledge = DigestTestKnowledge.Knowledge(facts);
        var content = DigestContentBuilder.Build(
            DigestTestKnowledge.Snapshot(knowledge), KnowledgeItemHashes.Compute(knowledge), new Dictionary<string, string>(), Date);

        var card = DigestCard.Create(content, UserLanguage.Dutch);

        Assert.Equal(500, content.Added.Count);
        Assert.InRange(card.Utf8Size(), 1, 80 * 1024);
        Assert.Contains("En nog 480 nieuwe of gewijzigde onderdelen: stel uw vraag aan de bot.", CardText.Of(card));
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Create_FirstDigest_SaysItOnlyStartsTheComparison()
    {
        var card = DigestCard.Create(DigestContentBuilder.Build(TestKnowledge.Real, RealHashes, null, Date), UserLanguage.Dutch);

        Assert.Contains("Dit is uw eerste samenvatting.", CardText.Of(card));
        Assert.Empty(Items(card));
    }

    [Fact]
    public void Create_Upcoming_ShowsTheSectionCapped()
    {
        var visits = Enumerable.Range(1, 7).Select(i => DigestTestKnowledge.Visit($"v{i}", Date.AddDays(i))).ToList();
        var knowledge = DigestTestKnowledge.Knowledge([], visits);
        var hashes = KnowledgeItemHashes.Compute(knowledge);

        var card = DigestCard.Create(DigestContentBuilder.Build(DigestTestKnowledge.Snapshot(knowledge), hashes, hashes, Date), UserLanguage.English);

        var text = CardText.Of(card);
        Assert.Contains("Upcoming", text);
        Assert.Contains("Working visit v1", text);
        Assert.Contains("3 March 2026, Rabat, Morocco", text);
        Assert.DoesNotContain("Working visit v6", text);
        Assert.Contains("And 2 more dated items.", text);
        Assert.Equal(DigestCard.MaxUpcoming, Items(card).Count);
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Create_EnglishCardWithoutTranslation_ShowsDutchAndSaysSo()
    {
        var fact = DigestTestKnowledge.Fact("f1", "Alleen Nederlands");
        fact = fact with { Text = new() { Nl = "Alleen Nederlands" } };
        var knowledge = DigestTestKnowledge.Knowledge([fact]);
        var content = DigestContentBuilder.Build(DigestTestKnowledge.Snapshot(knowledge), KnowledgeItemHashes.Compute(knowledge), new Dictionary<string, string>(), Date);

        var text = CardText.Of(DigestCard.Create(content, UserLanguage.English));

        Assert.Contains("Alleen Nederlands", text);
        Assert.Contains("Not translated yet: the Dutch source text.", text);
    }
}
