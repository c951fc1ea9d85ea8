using CooperationBot.Bot.Language;
using CooperationBot.Bot.Tests.Visits;
using CooperationBot.Bot.Visits;

namespace CooperationBot.Bot.Tests.Briefings;

/// <summary>The Word briefing note of the growing test knowledge: items as they stood on the visit date, a change note beside each changed item.</summary>
public sealed class BriefingOnVisitDateTests
{
    private static readonly DateTimeOffset Made = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private static BriefingNote Note(string visitId, UserLanguage language) =>
        BriefingNote.Create(GrowingVisits.Summary(visitId, language), Made);

    [Fact]
    public void Create_EarlyVisit_HoldsTheValueOfTheVisitDateAndAChangeNoteUnderEachChangedItem()
    {
        var note = Note(GrowingVisits.Early, UserLanguage.Dutch);

        Assert.True(note.SchemaErrors.Count == 0, string.Join(Environment.NewLine, note.SchemaErrors));
        var paragraphs = note.Paragraphs.ToList();
        var figure = paragraphs.FindIndex(p => p.Style == "ListBullet" && p.Text.StartsWith("100 mensen teruggekeerd naar Voorbeeldland (stand 1 maart 2024", StringComparison.Ordinal));
        var jansen = paragraphs.FindIndex(p => p.Style == "ListBullet" && p.Text == "Jansen, minister van Testzaken");
        var agreement = paragraphs.FindIndex(p => p.Style == "ListBullet" && p.Text == "Het Terugkeerakkoord van 2022 regelt de terugkeer naar Voorbeeldland.");
        Assert.True(figure >= 0 && jansen >= 0 && agreement >= 0, note.Text);
        Assert.Equal(
            [
                ("ChangeNote", "Jansen: inmiddels opgevolgd door De Vries, minister van Testzaken (16 september 2024, bron: TESTDATA: De Vries nieuwe minister van Testzaken)"),
                ("ChangeNote", "Nieuwere waarde: 310, stand 30 juni 2025 (bron: TESTDATA: Terugkeer naar Voorbeeldland, stand juni 2025)"),
                ("ChangeNote", "Inmiddels vervangen: Het Terugkeerakkoord van 2024 vervangt het akkoord van 2022 en regelt nu de terugkeer naar Voorbeeldland (16 september 2024, bron: TESTDATA: De Vries nieuwe minister van Testzaken)"),
            ],
            paragraphs.Where(p => p.Style == "ChangeNote"));
        Assert.Equal("ChangeNote", paragraphs[jansen + 1].Style);
        Assert.Equal(("SourceNote", "ChangeNote"), (paragraphs[figure + 2].Style, paragraphs[figure + 3].Style));
        Assert.Equal(("SourceNote", "ChangeNote"), (paragraphs[agreement + 1].Style, paragraphs[agreement + 2].Style));
        Assert.DoesNotContain("310 mensen", note.Text);
    }

    [Fact]
    public void Create_EarlyVisitInEnglish_SaysTheNewerValueInEnglish()
    {
        var note = Note(GrowingVisits.Early, UserLanguage.English);

        Assert.True(note.SchemaErrors.Count == 0, string.Join(Environment.NewLine, note.SchemaErrors));
        Assert.Contains(("ChangeNote", "Newer value: 310, as of 30 June 2025 (source: TESTDATA: Terugkeer naar Voorbeeldland, stand juni 2025)"), note.Paragraphs);
        Assert.Contains(note.Paragraphs, p => p.Style == "ChangeNote" && p.Text.StartsWith("Jansen: since succeeded by De Vries", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_LateVisit_HasTheNewestValueAndNoChangeNote()
    {
        var note = Note(GrowingVisits.Late, UserLanguage.Dutch);

        Assert.Contains(note.Paragraphs, p => p.Style == "ListBullet" && p.Text.StartsWith("310 mensen teruggekeerd naar Voorbeeldland (stand 30 juni 2025", StringComparison.Ordinal));
        Assert.DoesNotContain(note.Paragraphs, p => p.Style == "ChangeNote");
    }

    [Fact]
    public void Create_ShippedKnowledge_HasNoChangeNote()
    {
        var summary = VisitSummaryBuilder.Build(VisitTestKnowledge.Real, VisitTestKnowledge.MoroccoVisit, UserLanguage.Dutch);

        var note = BriefingNote.Create(summary, Made);

        Assert.DoesNotContain(note.Paragraphs, p => p.Style == "ChangeNote");
        Assert.DoesNotContain("Nieuwere waarde", note.Text);
        Assert.Contains(note.Paragraphs, p => p.Style == "ListBullet" && p.Text.StartsWith("125 Marokkaanse vreemdelingen teruggekeerd (stand 21 februari 2023", StringComparison.Ordinal));
    }
}
