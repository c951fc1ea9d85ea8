using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Tests.Knowledge;
using CooperationBot.Bot.Visits;

namespace CooperationBot.Bot.Tests.Visits;

/// <summary>A visit summary shows the items as they stood on the visit date, and says in one line what changed since.</summary>
public class VisitSummaryOnVisitDateTests
{
    [Fact]
    public void Build_EarlyVisit_ShowsTheValueOfTheVisitDateWithTheNewestValueBeside()
    {
        var summary = GrowingVisits.Summary(GrowingVisits.Early);

        var figure = Assert.Single(summary.Figures);
        Assert.Equal(("teruggekeerd-2024-03", 100m, new DateOnly(2024, 3, 1)), (figure.Id, figure.Value, figure.AsOf));
        var newer = Assert.Single(figure.Newer);
        Assert.Equal(("teruggekeerd-2025-06", 310m, new DateOnly(2025, 6, 30), "testzaken-2025-07-02"), (newer.FigureId, newer.Value, newer.AsOf, newer.Source.SourceId));
        Assert.Empty(figure.SameDate);
        Assert.Empty(figure.ReplacedBy);
        Assert.Equal(
            "Nieuwere waarde: 310, stand 30 juni 2025 (bron: TESTDATA: Terugkeer naar Voorbeeldland, stand juni 2025)",
            VisitLines.Newer(figure, UserLanguage.Dutch));
    }

    [Fact]
    public void Build_EarlyVisitInEnglish_SaysTheNewerValueInEnglish()
    {
        var figure = Assert.Single(GrowingVisits.Summary(GrowingVisits.Early, UserLanguage.English).Figures);

        Assert.Equal(
            "Newer value: 310, as of 30 June 2025 (source: TESTDATA: Terugkeer naar Voorbeeldland, stand juni 2025)",
            VisitLines.Newer(figure, UserLanguage.English));
    }

    [Fact]
    public void Build_LateVisit_ShowsTheNewestValueWithoutANewerLine()
    {
        var summary = GrowingVisits.Summary(GrowingVisits.Late);

        var figure = Assert.Single(summary.Figures);
        Assert.Equal((310m, new DateOnly(2025, 6, 30)), (figure.Value, figure.AsOf));
        Assert.Empty(figure.Newer);
        Assert.Null(VisitLines.Newer(figure, UserLanguage.Dutch));
        Assert.All(summary.Delegation, person => Assert.Empty(person.ReplacedBy));
        Assert.All(summary.RelatedFacts, fact => Assert.Empty(fact.ReplacedBy));
    }

    [Fact]
    public void Build_EarlyVisit_KeepsJansenAndSaysDeVriesSucceededHim()
    {
        var summary = GrowingVisits.Summary(GrowingVisits.Early);

        var jansen = Assert.Single(summary.Delegation);
        Assert.Equal(("Jansen", "minister van Testzaken"), (jansen.Name, jansen.Role));
        var successor = Assert.Single(jansen.ReplacedBy);
        Assert.Equal(("de-vries", new DateOnly(2024, 9, 16), "testzaken-2024-09-16"), (successor.Id, successor.Date, successor.Source.SourceId));
        Assert.Equal(
            "Jansen: inmiddels opgevolgd door De Vries, minister van Testzaken (16 september 2024, bron: TESTDATA: De Vries nieuwe minister van Testzaken)",
            VisitLines.Succeeded(jansen, UserLanguage.Dutch));
        Assert.Empty(Assert.Single(summary.Counterparts).ReplacedBy);
    }

    [Fact]
    public void Build_EarlyVisit_KeepsTheAgreementOf2022AndSaysWhatReplacedIt()
    {
        var summary = GrowingVisits.Summary(GrowingVisits.Early, UserLanguage.English);

        Assert.Equal(2, summary.RelatedFacts.Count);
        var agreement = summary.RelatedFacts[0];
        Assert.Equal("The Return Agreement of 2022 governs return to Voorbeeldland.", agreement.Text);
        var replacement = Assert.Single(agreement.ReplacedBy);
        Assert.Equal(("akkoord-2024", new DateOnly(2024, 9, 16)), (replacement.Id, replacement.Date));
        Assert.Equal(
            "Since replaced: The Return Agreement of 2024 replaces the agreement of 2022 and now governs return to Voorbeeldland (16 September 2024, source: TESTDATA: De Vries nieuwe minister van Testzaken)",
            VisitLines.Replaced(agreement.ReplacedBy, UserLanguage.English));
        Assert.Empty(summary.RelatedFacts[1].ReplacedBy);
    }

    [Fact]
    public void Build_VisitOnADateTwoSourcesDifferFor_ShowsBothValuesWithTheirSourcesAndPicksNone()
    {
        var summary = GrowingVisits.On(new DateOnly(2025, 1, 31), ["teruggekeerd-2024-03"]);

        Assert.Equal([250m, 260m], summary.Figures.Select(f => f.Value));
        Assert.Equal(["testzaken-2025-01-15", "testcijfers-2025-01-20"], summary.Figures.Select(f => f.Source.SourceId));
        Assert.Equal(260m, Assert.Single(summary.Figures[0].SameDate).Value);
        Assert.Equal(250m, Assert.Single(summary.Figures[1].SameDate).Value);
        Assert.All(summary.Figures, f => Assert.Equal(310m, Assert.Single(f.Newer).Value));
        Assert.Equal("Andere bron, zelfde datum: 260 (bron: TESTDATA: Jaarcijfers terugkeer)", VisitLines.SameDate(summary.Figures[0], UserLanguage.Dutch));
        Assert.Contains(summary.Sources, s => s.SourceId == "testcijfers-2025-01-20");
    }

    [Fact]
    public void Build_NewestLaterDateHasTwoDifferingValues_TheNewerLineSaysBoth()
    {
        var summary = GrowingVisits.On(new DateOnly(2024, 3, 4), ["teruggekeerd-2024-03"], GrowingVisits.Without("teruggekeerd-2025-06"));

        var figure = Assert.Single(summary.Figures);
        Assert.Equal(100m, figure.Value);
        Assert.Equal([250m, 260m], figure.Newer.Select(n => n.Value));
        Assert.Equal(
            "Nieuwere waarden, stand 31 december 2024 (bronnen verschillen): 250 (bron: TESTDATA: Terugkeer naar Voorbeeldland in 2024); 260 (bron: TESTDATA: Jaarcijfers terugkeer)",
            VisitLines.Newer(figure, UserLanguage.Dutch));
    }

    [Fact]
    public void Build_ListedFigureNewerThanTheVisit_ShowsTheValueOfTheVisitDate()
    {
        var summary = GrowingVisits.On(new DateOnly(2024, 10, 1), ["teruggekeerd-2025-06"]);

        var figure = Assert.Single(summary.Figures);
        Assert.Equal(("teruggekeerd-2024-09", 180m), (figure.Id, figure.Value));
        Assert.Equal(310m, Assert.Single(figure.Newer).Value);
    }

    [Fact]
    public void Build_NoValueAsOldAsTheVisit_ShowsTheListedFigureAsItIs()
    {
        var summary = GrowingVisits.On(new DateOnly(2024, 1, 1), ["teruggekeerd-2025-06"]);

        var figure = Assert.Single(summary.Figures);
        Assert.Equal(("teruggekeerd-2025-06", 310m), (figure.Id, figure.Value));
        Assert.Empty(figure.Newer);
    }

    [Fact]
    public void Build_TwoListedFiguresOfOneSeries_ShowTheValueOfTheVisitDateOnce()
    {
        var summary = GrowingVisits.On(new DateOnly(2024, 10, 1), ["teruggekeerd-2024-09", "teruggekeerd-2025-06"]);

        Assert.Equal("teruggekeerd-2024-09", Assert.Single(summary.Figures).Id);
    }

    [Fact]
    public void Build_CorrectionDatedBeforeTheVisit_IsShownInsteadOfTheFigureItCorrects()
    {
        var original = GrowingTestData.Snapshot.Knowledge.Figures.Single(f => f.Id == "teruggekeerd-2024-03");
        var correction = original with
        {
            Id = "teruggekeerd-2024-03-correctie",
            Value = 105,
            Supersedes = ["teruggekeerd-2024-03"],
            Source = original.Source with { Source = "testzaken-2024-09-16", Paragraph = 3 },
        };

        var summary = GrowingVisits.On(new DateOnly(2024, 3, 4), ["teruggekeerd-2024-03"], GrowingVisits.With(correction));

        var figure = Assert.Single(summary.Figures);
        Assert.Equal(("teruggekeerd-2024-03-correctie", 105m), (figure.Id, figure.Value));
        Assert.Empty(figure.SameDate);
        Assert.Equal(310m, Assert.Single(figure.Newer).Value);
    }

    [Fact]
    public void Build_CorrectionDatedAfterTheVisit_KeepsTheListedFigureAndSaysItWasReplacedOnce()
    {
        var original = GrowingTestData.Snapshot.Knowledge.Figures.Single(f => f.Id == "teruggekeerd-2025-06");
        var correction = original with
        {
            Id = "teruggekeerd-2025-06-correctie",
            AsOf = new DateOnly(2025, 7, 15),
            Value = 315,
            Supersedes = ["teruggekeerd-2025-06"],
        };

        var summary = GrowingVisits.On(new DateOnly(2025, 7, 1), ["teruggekeerd-2025-06"], GrowingVisits.With(correction));

        var figure = Assert.Single(summary.Figures);
        Assert.Equal(310m, figure.Value);
        Assert.Equal("teruggekeerd-2025-06-correctie", Assert.Single(figure.ReplacedBy).Id);
        Assert.Empty(figure.Newer);
    }

    [Fact]
    public void Build_ShippedKnowledge_ShowsTheListedFiguresAndNothingChangedSince()
    {
        var summary = VisitSummaryBuilder.Build(VisitTestKnowledge.Real, VisitTestKnowledge.MoroccoVisit, UserLanguage.Dutch);

        var figure = Assert.Single(summary.Figures);
        Assert.Equal(("cijfer-terugkeer-125", 125m, new DateOnly(2023, 2, 21)), (figure.Id, figure.Value, figure.AsOf));
        Assert.Equal(VisitTestKnowledge.MoroccoVisit.Figures, summary.Figures.Select(f => f.Id));
        Assert.All(summary.Figures, f => Assert.True(f.Newer.Count + f.SameDate.Count + f.ReplacedBy.Count == 0));
        Assert.All(summary.Delegation.Concat(summary.Counterparts), p => Assert.Empty(p.ReplacedBy));
        Assert.All(summary.RelatedFacts, f => Assert.Empty(f.ReplacedBy));
    }
}
