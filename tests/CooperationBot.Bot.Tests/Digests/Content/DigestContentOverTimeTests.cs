using CooperationBot.Bot.Digests.Content;
using CooperationBot.Bot.Tests.Knowledge;

namespace CooperationBot.Bot.Tests.Digests.Content;

/// <summary>What the digest content says of knowledge that changes over time: a new value in a series, and replacements.</summary>
public class DigestContentOverTimeTests
{
    private static DigestItem AddedOnly(DigestContent content, string id)
    {
        Assert.Empty(content.Changed);
        return Assert.Single(content.Added, item => item.Id == id);
    }

    [Fact]
    public void Build_NewValueAfterADateWhereSourcesDiffer_KeepsBothPreviousValuesAndPicksNone()
    {
        var content = GrowingDigests.Without(["teruggekeerd-2025-06"]);

        var item = AddedOnly(content, "teruggekeerd-2025-06");
        var change = Assert.IsType<DigestSeriesChange>(item.SeriesChange);
        Assert.Equal("Terugkeer naar Voorbeeldland", change.Name.Nl);
        Assert.Equal(("teruggekeerd-2025-06", 310m, new DateOnly(2025, 6, 30)), (change.Current.FigureId, change.Current.Value, change.Current.AsOf));
        Assert.Equal("TESTDATA: Terugkeer naar Voorbeeldland, stand juni 2025", change.Current.Document!.Title);
        Assert.Equal(["teruggekeerd-2024-12-ministerie", "teruggekeerd-2024-12-bureau"], change.Previous.Select(v => v.FigureId));
        Assert.Equal([250m, 260m], change.PreviousValues);
        Assert.True(change.PreviousDiffers);
        Assert.All(change.Previous, v => Assert.Equal(new DateOnly(2024, 12, 31), v.AsOf));
        Assert.Equal(["testzaken-2025-01-15", "testcijfers-2025-01-20"], change.Previous.Select(v => v.Document!.Id));
        Assert.Empty(change.OthersOnSameDate);
        Assert.Empty(item.Replaces);
        // The item keeps its own statement and source, as a plain new figure has them.
        Assert.StartsWith("Op 30 juni 2025 waren", item.Text.Nl, StringComparison.Ordinal);
        Assert.Equal("testzaken-2025-07-02", item.Source.Source);
    }

    [Fact]
    public void Build_NewValueAfterOneEarlierValue_HasThatValueOnly()
    {
        var content = GrowingDigests.Without(["teruggekeerd-2024-09"]);

        var change = AddedOnly(content, "teruggekeerd-2024-09").SeriesChange!;
        Assert.Equal([100m], change.PreviousValues);
        Assert.False(change.PreviousDiffers);
        Assert.Equal(new DateOnly(2024, 3, 1), Assert.Single(change.Previous).AsOf);
        Assert.Equal(180m, change.Current.Value);
    }

    [Fact]
    public void Build_NewValueThatAnotherSourceContradictsOnItsOwnDate_SaysWhatTheOtherSourceGives()
    {
        var content = GrowingDigests.Without(["teruggekeerd-2024-12-bureau"]);

        var change = AddedOnly(content, "teruggekeerd-2024-12-bureau").SeriesChange!;
        Assert.Equal([180m], change.PreviousValues);
        Assert.Equal(260m, change.Current.Value);
        var other = Assert.Single(change.OthersOnSameDate);
        Assert.Equal(("teruggekeerd-2024-12-ministerie", 250m), (other.FigureId, other.Value));
    }

    [Fact]
    public void Build_EveryValueOfTheSeriesNew_EachFollowsTheNewestEarlierValueOfTheCurrentKnowledge()
    {
        var content = GrowingDigests.Without(GrowingTestData.Snapshot.Knowledge.Figures.Select(f => f.Id));

        var figures = content.Added.Where(i => i.Kind == DigestItemKind.Figure).ToDictionary(i => i.Id);
        Assert.Null(figures["teruggekeerd-2024-03"].SeriesChange);
        Assert.Equal([100m], figures["teruggekeerd-2024-09"].SeriesChange!.PreviousValues);
        Assert.Equal([180m], figures["teruggekeerd-2024-12-ministerie"].SeriesChange!.PreviousValues);
        Assert.Equal([250m, 260m], figures["teruggekeerd-2025-06"].SeriesChange!.PreviousValues);
    }

    [Fact]
    public void Build_FigureChangedOrUnchanged_IsNoSeriesChange()
    {
        var knowledge = GrowingTestData.Snapshot.Knowledge;
        var baseline = KnowledgeItemHashes.Compute(knowledge).ToDictionary(StringComparer.Ordinal);
        baseline["teruggekeerd-2025-06"] = "0000000000000000";

        var content = DigestContentBuilder.Build(GrowingTestData.Snapshot, KnowledgeItemHashes.Compute(knowledge), baseline, GrowingDigests.Date);

        var changed = Assert.Single(content.Changed);
        Assert.Equal("teruggekeerd-2025-06", changed.Id);
        Assert.Null(changed.SeriesChange);
        Assert.Empty(content.Added);
    }

    [Fact]
    public void Build_FirstDigest_ListsNothingAndNoChangeOverTime()
    {
        var content = DigestContentBuilder.Build(
            GrowingTestData.Snapshot, KnowledgeItemHashes.Compute(GrowingTestData.Snapshot.Knowledge), null, new DateOnly(2024, 1, 1));

        Assert.True(content.IsFirst);
        Assert.All(content.Upcoming, i => Assert.True(i.SeriesChange is null && i.Replaces.Count == 0));
    }

    [Fact]
    public void Build_SupersededEarlierValue_IsHistoryAndNotThePreviousValue()
    {
        var bureau = GrowingTestData.Snapshot.Knowledge.Figures.Single(f => f.Id == "teruggekeerd-2024-12-bureau");
        var correction = bureau with { Id = "teruggekeerd-2024-12-bureau-correctie", Value = 255, Supersedes = ["teruggekeerd-2024-12-bureau"] };
        var current = GrowingDigests.Edited(k => k with { Figures = [.. k.Figures, correction] });

        var change = AddedOnly(GrowingDigests.Without(["teruggekeerd-2025-06"], current), "teruggekeerd-2025-06").SeriesChange!;

        Assert.Equal([250m, 255m], change.PreviousValues);
        Assert.DoesNotContain(change.Previous, v => v.FigureId == "teruggekeerd-2024-12-bureau");
    }

    [Fact]
    public void Build_NewCorrectionThatSupersedesAFigure_IsAReplacementNotASeriesChange()
    {
        var bureau = GrowingTestData.Snapshot.Knowledge.Figures.Single(f => f.Id == "teruggekeerd-2024-12-bureau");
        var correction = bureau with { Id = "teruggekeerd-2024-12-bureau-correctie", Value = 255, Supersedes = ["teruggekeerd-2024-12-bureau"] };
        var current = GrowingDigests.Edited(k => k with { Figures = [.. k.Figures, correction] });

        var item = AddedOnly(GrowingDigests.Without([correction.Id], current), correction.Id);

        Assert.Null(item.SeriesChange);
        Assert.Equal("teruggekeerd-2024-12-bureau", Assert.Single(item.Replaces).Id);
    }

    [Fact]
    public void Build_NewFactAndPersonThatSupersedeOthers_CarryTheOldTextsWithTheirSources()
    {
        var content = GrowingDigests.Without(["akkoord-2024", "de-vries"]);

        Assert.Equal(2, content.Added.Count);
        var fact = AddedOnly(content, "akkoord-2024");
        var old = Assert.Single(fact.Replaces);
        Assert.Equal(("akkoord-2022", DigestItemKind.Fact), (old.Id, old.Kind));
        Assert.Equal("Het Terugkeerakkoord van 2022 regelt de terugkeer naar Voorbeeldland.", old.Text.Nl);
        Assert.Equal(("testzaken-2024-03-04", 4), (old.Source.Source, old.Source.Paragraph));
        Assert.Equal("TESTDATA: Minister Jansen bezoekt Voorbeeldland", old.Document!.Title);
        Assert.Null(fact.SeriesChange);

        var person = AddedOnly(content, "de-vries");
        Assert.Equal("De Vries: minister van Testzaken", person.Text.Nl);
        var jansen = Assert.Single(person.Replaces);
        Assert.Equal(("Jansen: minister van Testzaken", "Jansen: Minister of Test Affairs"), (jansen.Text.Nl, jansen.Text.En));
        Assert.Equal("testzaken-2024-03-04", jansen.Source.Source);
    }

    [Fact]
    public void Build_SupersedingItemAlreadyInTheBaseline_IsNotShownAgainAsAReplacement()
    {
        var content = GrowingDigests.Without(["akkoord-2022"]);

        var old = AddedOnly(content, "akkoord-2022");
        Assert.Empty(old.Replaces);
        Assert.DoesNotContain(content.Added, i => i.Id == "akkoord-2024");
    }

    [Fact]
    public void Build_SupersedesAnIdThatIsGone_ShowsThePlainNewItem()
    {
        var current = GrowingDigests.Edited(k => k with { Facts = [.. k.Facts.Where(f => f.Id != "akkoord-2022")] });

        var fact = AddedOnly(GrowingDigests.Without(["akkoord-2024"], current), "akkoord-2024");

        Assert.Empty(fact.Replaces);
    }
}
