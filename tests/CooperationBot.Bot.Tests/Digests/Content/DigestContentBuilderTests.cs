using CooperationBot.Bot.Digests.Content;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Tests.Answering;

namespace CooperationBot.Bot.Tests.Digests.Content;

public class DigestContentBuilderTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    private static KnowledgeSnapshot Real => TestKnowledge.Real;

    private static IReadOnlyDictionary<string, string> RealHashes => KnowledgeItemHashes.Compute(Real.Knowledge);

    [Fact]
    public void Build_NullBaseline_ListsNoChangesAndIsFirst()
    {
        var content = DigestContentBuilder.Build(Real, RealHashes, null, Today);

        Assert.True(content.IsFirst);
        Assert.False(content.HasChanges);
        Assert.Empty(content.Added);
        Assert.Empty(content.Changed);
        Assert.Equal(0, content.RemovedCount);
        Assert.Equal(Real.Version, content.KnowledgeVersion);
    }

    [Fact]
    public void Build_SameHashes_HasNoChanges()
    {
        var content = DigestContentBuilder.Build(Real, RealHashes, RealHashes, Today, "v1");

        Assert.False(content.IsFirst);
        Assert.False(content.HasChanges);
        Assert.Equal("v1", content.BaselineVersion);
    }

    [Fact]
    public void Build_EditedCopyAgainstOlderBaseline_FindsAddedChangedAndRemoved()
    {
        using var folder = DigestTestKnowledge.CopyOfReal();
        var original = DigestTestKnowledge.Load(folder);
        var figure = original.Knowledge.Figures[0];
        var quote = original.Knowledge.Quotes[0];
        var baseline = KnowledgeItemHashes.Compute(original.Knowledge with { Figures = [.. original.Knowledge.Figures.Skip(1)] });
        DigestTestKnowledge.EditOneFact(folder);
        var edited = DigestTestKnowledge.Load(folder);
        var current = edited with { Knowledge = edited.Knowledge with { Quotes = [.. edited.Knowledge.Quotes.Where(q => q.Id != quote.Id)] } };

        var content = DigestContentBuilder.Build(current, KnowledgeItemHashes.Compute(current.Knowledge), baseline, Today, original.Version);

        Assert.True(content.HasChanges);
        var added = Assert.Single(content.Added);
        Assert.Equal((figure.Id, DigestItemKind.Figure, DigestChange.Added), (added.Id, added.Kind, added.Change));
        var changed = Assert.Single(content.Changed);
        Assert.Equal((DigestTestKnowledge.EditedFactId, DigestChange.Changed), (changed.Id, changed.Change));
        Assert.Contains("verder kunnen versterken", changed.Text.Nl);
        Assert.Equal(1, content.RemovedCount);
        Assert.Equal(0, content.OtherChangeCount);
        Assert.NotEqual(original.Version, content.KnowledgeVersion);
    }

    [Fact]
    public void Build_EmptyBaseline_ListsFactsFiguresQuotesVisitsPeopleOrganisationsInOrder()
    {
        var content = DigestContentBuilder.Build(Real, RealHashes, new Dictionary<string, string>(), Today);

        var knowledge = Real.Knowledge;
        Assert.Equal(
            knowledge.Facts.Count + knowledge.Figures.Count + knowledge.Quotes.Count + knowledge.Visits.Count + knowledge.People.Count + knowledge.Organisations.Count,
            content.Added.Count);
        var kinds = content.Added.Select(i => i.Kind).ToList();
        Assert.Equal(kinds.Order(), kinds);
        var facts = content.Added.Where(i => i.Kind == DigestItemKind.Fact).Select(i => i.Id).ToList();
        Assert.Equal(facts.Order(StringComparer.Ordinal), facts);
        Assert.Equal(knowledge.Topics.Count + knowledge.Sources.Count, content.OtherChangeCount);
    }

    [Fact]
    public void Build_TopicRenamed_CountsItAsAnOtherChange()
    {
        var knowledge = Real.Knowledge;
        var renamed = Real with { Knowledge = knowledge with { Topics = [knowledge.Topics[0] with { Name = new() { Nl = "Nieuw" } }, .. knowledge.Topics.Skip(1)] } };

        var content = DigestContentBuilder.Build(renamed, KnowledgeItemHashes.Compute(renamed.Knowledge), RealHashes, Today);

        Assert.Empty(content.Added);
        Assert.Empty(content.Changed);
        Assert.Equal(1, content.OtherChangeCount);
        Assert.True(content.HasChanges);
    }

    [Fact]
    public void Build_RealKnowledgeOf2023_HasNothingUpcoming()
    {
        Assert.Empty(DigestContentBuilder.Build(Real, RealHashes, null, Today).Upcoming);
    }

    [Fact]
    public void Build_SyntheticDatedItems_ListsThoseOnOrAfterTheDateSoonestFirst()
    {
        var knowledge = DigestTestKnowledge.Knowledge(
            [
                DigestTestKnowledge.Fact("f-past", "Vorige maand", new DateOnly(2026, 2, 1)),
                DigestTestKnowledge.Fact("f-today", "Vandaag", Today),
                DigestTestKnowledge.Fact("f-later", "Later", new DateOnly(2026, 3, 20)),
                DigestTestKnowledge.Fact("f-undated", "Zonder datum"),
            ],
            [DigestTestKnowledge.Visit("v-past", new DateOnly(2025, 12, 1)), DigestTestKnowledge.Visit("v-next", new DateOnly(2026, 3, 10))]);
        var snapshot = DigestTestKnowledge.Snapshot(knowledge);
        var hashes = KnowledgeItemHashes.Compute(knowledge);

        var content = DigestContentBuilder.Build(snapshot, hashes, hashes, Today);

        Assert.Equal(["f-today", "v-next", "f-later"], content.Upcoming.Select(i => i.Id));
        Assert.All(content.Upcoming, i => Assert.Equal(DigestChange.Unchanged, i.Change));
        Assert.False(content.HasChanges);
    }

    [Fact]
    public void Build_Items_CarryWhatTheCardShows()
    {
        var content = DigestContentBuilder.Build(Real, RealHashes, new Dictionary<string, string>(), Today);

        var fact = content.Added.Single(i => i.Id == "bezoek-kennismaking");
        Assert.Equal("Wanneer was staatssecretaris Van der Burg in Marokko?", fact.Question!.Nl);
        Assert.Equal("Ministerie van Justitie en Veiligheid", fact.Document!.Publisher);
        Assert.Equal(new DateOnly(2023, 2, 21), fact.Date);
        var quote = content.Added.Single(i => i.Kind == DigestItemKind.Quote);
        Assert.Equal("Van der Burg", quote.Speaker);
        Assert.Equal("bezoek-marokko-2023-02-21", quote.VisitId);
        var visit = content.Added.Single(i => i.Kind == DigestItemKind.Visit);
        Assert.Equal(visit.Id, visit.VisitId);
        Assert.NotNull(visit.Place);
        var figure = content.Added.Single(i => i.Kind == DigestItemKind.Figure);
        Assert.NotNull(figure.Question);
    }
}
