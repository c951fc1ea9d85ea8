using System.Globalization;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Knowledge.Timeline;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Tests.Cards;
using CooperationBot.Bot.Tests.Knowledge;
using CooperationBot.Testing.Cards;
using CooperationBot.Testing.Knowledge;

namespace CooperationBot.Bot.Tests.Answering;

/// <summary>
/// Answers on knowledge that changes over time (the made-up growing knowledge): the newest value of a series, the value
/// for a period or the values nearest it, superseded items only as history, conflicts side by side, "stand" for now.
/// </summary>
public sealed class AnswersOverTimeTests
{
    private static readonly Lazy<Answerer> Answerer = new(GrowingTestData.Answerer);

    public static TheoryData<GrowingQuestion> Questions() => [.. GrowingQuestion.All()];

    [Theory]
    [MemberData(nameof(Questions))]
    public void Answer_GrowingQuestion_ShowsTheExpectedValueDateHistoryAndConflicts(GrowingQuestion expected)
    {
        var result = Answerer.Value.Answer(expected.Question);

        Assert.Equal(expected.Outcome, result.Outcome switch
        {
            AnswerOutcome.Answered => "answered",
            AnswerOutcome.Partly => "partly",
            _ => "notKnown",
        });
        Assert.Equal(expected.ItemId, result.Best?.Id);
        Assert.Equal(expected.Value, result.Value);
        Assert.Equal(expected.AsOf, Iso(result.AsOf));
        Assert.Equal(expected.History, result.History.Select(h => h.Item.Id));
        Assert.Equal(expected.Conflicts, result.Conflicts.Select(c => c.Item.Id));
        Assert.Equal(expected.Stand, Iso(result.Stand));
        Assert.Equal(expected.ReplacedBy, result.ReplacedBy.Select(r => r.Item.Id));
    }

    [Fact]
    public void Answer_EveryGrowingQuestion_NeverGivesASupersededItemAsCurrentOrARelatedOne()
    {
        var timeline = new KnowledgeTimeline(GrowingTestData.Snapshot.Knowledge);
        foreach (var question in GrowingQuestion.All())
        {
            var result = Answerer.Value.Answer(question.Question);

            if (result.Best is { } best && timeline.IsSuperseded(best.Id))
            {
                Assert.NotEmpty(result.ReplacedBy);
            }

            Assert.DoesNotContain(result.Related, r => timeline.IsSuperseded(r.Id));
        }
    }

    [Fact]
    public void Answer_LastYear_NamesTheYearAsNotKnownAndShowsTheValuesNearest()
    {
        // 7 December 2026: "vorig jaar" is 2025, and the knowledge has running totals, not a count for 2025.
        var result = Answerer.Value.Answer("Hoeveel mensen waren vorig jaar teruggekeerd naar Voorbeeldland?");

        Assert.Equal(AnswerOutcome.Partly, result.Outcome);
        Assert.Equal("vorig jaar", result.NotKnown);
        Assert.Equal("teruggekeerd-2025-06", result.Best!.Id);
        Assert.Equal(["teruggekeerd-2024-12-ministerie", "teruggekeerd-2024-12-bureau"], result.History.Select(h => h.Item.Id));
        var card = PartlyKnownCard.Create(result);
        var text = CardText.Of(card);
        Assert.Contains("Waarden die er het dichtst bij liggen", text, StringComparison.Ordinal);
        Assert.Contains("250, stand 31 december 2024", text, StringComparison.Ordinal);
        Assert.Contains("260, stand 31 december 2024", text, StringComparison.Ordinal);
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Lead_NewestValue_SaysHowOldTheKnowledgeIsAndTheCardListsTheEarlierValues()
    {
        var result = Answerer.Value.Answer("Hoeveel mensen zijn teruggekeerd naar Voorbeeldland?");

        var lead = AnswerLead.For(result);
        Assert.StartsWith("Volgens de kennisbank, stand 2 juli 2025: Op 30 juni 2025 waren", lead.Text, StringComparison.Ordinal);
        Assert.EndsWith("[1]", lead.Text, StringComparison.Ordinal);
        var card = AnswerCard.Create(result);
        var text = CardText.Of(card);
        Assert.Contains("Eerder", text, StringComparison.Ordinal);
        Assert.Contains("180, stand 1 september 2024", text, StringComparison.Ordinal);
        Assert.Contains("100, stand 1 maart 2024", text, StringComparison.Ordinal);
        Assert.True(
            text.IndexOf("250, stand 31 december 2024", StringComparison.Ordinal) < text.IndexOf("180, stand", StringComparison.Ordinal),
            "the earlier values are listed newest first");
        Assert.Equal(lead.Plain, card.FallbackText);
        CardSchemaValidator.AssertValid(card);
    }

    [Theory]
    [InlineData("Hoeveel mensen waren eind 2024 teruggekeerd naar Voorbeeldland?", "De bronnen verschillen: ", "250", "260")]
    [InlineData("How many people had returned to Voorbeeldland at the end of 2024?", "The sources differ: ", "250", "260")]
    [InlineData("Wanneer begon het Terugreisprogramma?", "De bronnen verschillen: ", "april 2023", "mei 2023")]
    public void Answer_TwoSourcesDiffer_GivesBothSideBySideWithTheirSources(string question, string lead, string first, string second)
    {
        var result = Answerer.Value.Answer(question);

        var answerLead = AnswerLead.For(result);
        Assert.StartsWith(lead, answerLead.Text, StringComparison.Ordinal);
        Assert.Contains(first, answerLead.Text, StringComparison.Ordinal);
        Assert.Contains(second, answerLead.Text, StringComparison.Ordinal);
        Assert.Equal([1, 2], answerLead.Citations.Select(c => c.Number));
        Assert.NotEqual(answerLead.Citations[0].Item.Source.Source, answerLead.Citations[1].Item.Source.Source);
        var card = AnswerCard.Create(result);
        Assert.Contains(card.Body, element => element is AdaptiveCards.Container container
            && container.Items.OfType<AdaptiveCards.ColumnSet>().Any(set => set.Columns.Count == 2));
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Answer_ReplacedPersonByName_IsHistoryWithWhoReplacedHim()
    {
        var result = Answerer.Value.Answer("Wie is Jansen?");

        var lead = AnswerLead.For(result);
        Assert.Equal(
            "Volgens de kennisbank, stand 16 september 2024: Tot 16 september 2024: Jansen: minister van Testzaken [1] Vervangen door: De Vries: minister van Testzaken [2]",
            lead.Text);
        var card = AnswerCard.Create(result);
        Assert.Contains("Vervangen door", CardText.Of(card), StringComparison.Ordinal);
        CardSchemaValidator.AssertValid(card);
    }

    [Fact]
    public void Answer_CurrentOfficeHolderInEnglish_ShowsTheFormerOneUntilTheChange()
    {
        var result = Answerer.Value.Answer("Who is the Minister of Test Affairs now?", UserLanguage.English);

        Assert.StartsWith("According to the knowledge base, as of 16 September 2024: De Vries", AnswerLead.For(result).Text, StringComparison.Ordinal);
        var text = CardText.Of(AnswerCard.Create(result));
        Assert.Contains("Until 16 September 2024: Jansen: Minister of Test Affairs", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SearchAndNewest_SupersededItem_AreNeverListedAsAStatementToShare()
    {
        var found = Answerer.Value.Search("Terugkeerakkoord van 2022", UserLanguage.Dutch, 10);
        var newest = Answerer.Value.Newest(UserLanguage.Dutch, 0, 100);

        Assert.Contains(found, item => item.Id == "akkoord-2024");
        Assert.DoesNotContain(found, item => item.Id == "akkoord-2022");
        Assert.Contains(newest, item => item.Id == "akkoord-2024");
        Assert.DoesNotContain(newest, item => item.Id == "akkoord-2022");
    }

    [Fact]
    public void Answer_ShippedKnowledge_NowQuestionCarriesTheDateOfItsSource()
    {
        using var answerer = TestKnowledge.RealAnswerer();

        var now = answerer.Answer("Wie is nu de staatssecretaris?");
        var plain = answerer.Answer("Hoeveel Marokkanen zijn teruggekeerd?");

        Assert.Equal("2023-02-21", Iso(now.Stand));
        Assert.StartsWith("Volgens de kennisbank, stand 21 februari 2023: ", AnswerLead.For(now).Text, StringComparison.Ordinal);
        Assert.Null(plain.Stand);
        Assert.Empty(plain.History);
        Assert.Empty(plain.Conflicts);
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
