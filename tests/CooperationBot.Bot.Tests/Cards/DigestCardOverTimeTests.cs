using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Tests.Answering;
using CooperationBot.Bot.Tests.Digests.Content;
using CooperationBot.Bot.Tests.Knowledge;
using CooperationBot.Testing.Cards;

namespace CooperationBot.Bot.Tests.Cards;

/// <summary>The digest card on knowledge that changes over time (the growing test knowledge): series changes and replacements.</summary>
public class DigestCardOverTimeTests
{
    private static string Text(IEnumerable<string> newIds, UserLanguage language) => CardText.Of(Card(newIds, language));

    private static AdaptiveCard Card(IEnumerable<string> newIds, UserLanguage language) => DigestCard.Create(GrowingDigests.Without(newIds), language);

    [Fact]
    public void Create_Dutch_NewValueAfterDifferingSources_ShowsBothOldValuesTheArrowAndEverySource()
    {
        var card = Card(["teruggekeerd-2025-06"], UserLanguage.Dutch);

        var text = CardText.Of(card);
        Assert.Contains(
            "Terugkeer naar Voorbeeldland: 250 of 260 (bronnen verschillen) → 310 (stand 30 juni 2025, bron TESTDATA: Terugkeer naar Voorbeeldland, stand juni 2025)",
            text);
        Assert.Contains(
            "Vorige stand 31 december 2024: 250 (bron TESTDATA: Terugkeer naar Voorbeeldland in 2024), 260 (bron TESTDATA: Jaarcijfers terugkeer)", text);
        // The figure's own statement and citation, as a new figure has them.
        Assert.Contains("Op 30 juni 2025 waren sinds de start van het Terugreisprogramma 310 mensen teruggekeerd naar Voorbeeldland.", text);
        Assert.Contains(
            "Cijfer, stand per 30 juni 2025 · Bron: TESTDATA: Terugkeer naar Voorbeeldland, stand juni 2025 (Ministerie van Testzaken, 2 juli 2025), alinea 2", text);
        Assert.Contains("Sinds uw vorige samenvatting: 1 nieuw, 0 gewijzigd.", text);
        Assert.DoesNotContain("255", text);
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Create_English_NewValueAfterOneValue_ShowsTheArrowWithTheDateAndSource()
    {
        var text = Text(["teruggekeerd-2024-09"], UserLanguage.English);

        Assert.Contains("Return to Voorbeeldland: 100 → 180 (as of 1 September 2024, source TESTDATA: De Vries nieuwe minister van Testzaken)", text);
        Assert.Contains("Previously, as of 1 March 2024: 100 (source TESTDATA: Minister Jansen bezoekt Voorbeeldland)", text);
        Assert.Contains("By 1 September 2024, 180 people had returned to Voorbeeldland since the Return Journey Programme began.", text);
        Assert.DoesNotContain("sources differ", text);
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "Terugkeer naar Voorbeeldland: 180 → 260 (stand 31 december 2024, bron TESTDATA: Jaarcijfers terugkeer; bronnen verschillen: ook 250)")]
    [InlineData(UserLanguage.English, "Return to Voorbeeldland: 180 → 260 (as of 31 December 2024, source TESTDATA: Jaarcijfers terugkeer; sources differ: also 250)")]
    public void Create_NewValueThatAnotherSourceContradicts_SaysSo(UserLanguage language, string line)
    {
        Assert.Contains(line, Text(["teruggekeerd-2024-12-bureau"], language));
    }

    [Fact]
    public void Create_FirstValueOfASeries_IsAPlainNewFigure()
    {
        var text = Text(["teruggekeerd-2024-03"], UserLanguage.Dutch);

        Assert.DoesNotContain("→", text);
        Assert.DoesNotContain("Vorige stand", text);
        Assert.Contains("Op 1 maart 2024 waren", text);
    }

    [Fact]
    public void Create_Dutch_ReplacedFactAndPerson_ShowOldAndNewTextWithBothSources()
    {
        var card = Card(["akkoord-2024", "de-vries"], UserLanguage.Dutch);

        var items = card.Body.OfType<Container>().Select(c => CardText.OfBody(new AdaptiveCard { Body = [c] })).ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(
            string.Join('\n',
                "Vervangen",
                "Eerder: Het Terugkeerakkoord van 2022 regelt de terugkeer naar Voorbeeldland.",
                "Bron: TESTDATA: Minister Jansen bezoekt Voorbeeldland (Ministerie van Testzaken, 4 maart 2024), alinea 4",
                "Nu: Het Terugkeerakkoord van 2024 vervangt het akkoord van 2022 en regelt nu de terugkeer naar Voorbeeldland.",
                "Feit · Bron: TESTDATA: De Vries nieuwe minister van Testzaken (Ministerie van Testzaken, 16 september 2024), alinea 4"),
            items[0]);
        Assert.Equal(
            string.Join('\n',
                "Vervangen",
                "Eerder: Jansen: minister van Testzaken",
                "Bron: TESTDATA: Minister Jansen bezoekt Voorbeeldland (Ministerie van Testzaken, 4 maart 2024), alinea 2",
                "Nu: De Vries: minister van Testzaken",
                "Persoon · Bron: TESTDATA: De Vries nieuwe minister van Testzaken (Ministerie van Testzaken, 16 september 2024), alinea 2"),
            items[1]);
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Create_English_Replacement_SaysReplacedBeforeAndNow()
    {
        var text = Text(["akkoord-2024"], UserLanguage.English);

        Assert.Contains("Replaced", text);
        Assert.Contains("Before: The Return Agreement of 2022 governs return to Voorbeeldland.", text);
        Assert.Contains("Now: The Return Agreement of 2024 replaces the agreement of 2022 and now governs return to Voorbeeldland.", text);
        Assert.Contains("Source: TESTDATA: Minister Jansen bezoekt Voorbeeldland (Ministerie van Testzaken, 4 March 2024), paragraph 4", text);
    }

    [Fact]
    public void Create_ReplacementAndSeriesChange_KeepTheQuestionButtons()
    {
        var card = Card(["akkoord-2024", "teruggekeerd-2025-06"], UserLanguage.Dutch);

        var buttons = card.Body.OfType<Container>().Select(c => c.Items.OfType<ActionSet>().SelectMany(s => s.Actions).OfType<SubmitAction>().Single()).ToList();
        Assert.Equal(["Hoeveel mensen zijn teruggekeerd naar Voorbeeldland?", "Hoeveel mensen zijn teruggekeerd naar Voorbeeldland?"],
            buttons.Select(b => (string?)b.Data![AskButton.QuestionProperty]));
    }

    [Theory]
    [InlineData(UserLanguage.Dutch, "1.250,5")]
    [InlineData(UserLanguage.English, "1,250.5")]
    public void Create_LargeNumbers_AreWrittenAsTheCardsWriteThem(UserLanguage language, string written)
    {
        var current = GrowingDigests.Edited(k => k with { Figures = [.. k.Figures.Select(f => f.Id == "teruggekeerd-2025-06" ? f with { Value = 1250.5m } : f)] });

        var text = CardText.Of(DigestCard.Create(GrowingDigests.Without(["teruggekeerd-2025-06"], current), language));

        Assert.Contains($" → {written} (", text);
    }

    [Fact]
    public void Samples_GrowingKnowledge_HaveTheOverTimeDigestInBothLanguages_TheRealKnowledgeHasNone()
    {
        foreach (var language in Enum.GetValues<UserLanguage>())
        {
            var code = CardParts.Code(language);
            var sample = DigestCardSamples.For(GrowingTestData.Snapshot, language).Single(s => s.Name == $"digest-over-time.{code}").Card;
            var text = CardText.Of(sample);
            Assert.Contains(language == UserLanguage.Dutch ? "250 of 260 (bronnen verschillen) → 310" : "250 or 260 (sources differ) → 310", text);
            Assert.Contains(language == UserLanguage.Dutch ? "Vervangen" : "Replaced", text);
            Assert.DoesNotContain(DigestCardSamples.For(TestKnowledge.Real, language), s => s.Name.StartsWith("digest-over-time", StringComparison.Ordinal));
        }
    }
}
