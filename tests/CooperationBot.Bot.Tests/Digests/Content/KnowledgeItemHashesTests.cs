using CooperationBot.Bot.Digests.Content;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Tests.Answering;

namespace CooperationBot.Bot.Tests.Digests.Content;

public class KnowledgeItemHashesTests
{
    [Fact]
    public void Compute_RealKnowledge_OneShortHexEntryPerItem()
    {
        var knowledge = TestKnowledge.Real.Knowledge;

        var hashes = KnowledgeItemHashes.Compute(knowledge);

        var ids = knowledge.Sources.Select(s => s.Id).Concat(knowledge.Topics.Select(t => t.Id)).Concat(knowledge.People.Select(p => p.Id))
            .Concat(knowledge.Organisations.Select(o => o.Id)).Concat(knowledge.Facts.Select(f => f.Id)).Concat(knowledge.Figures.Select(f => f.Id))
            .Concat(knowledge.Quotes.Select(q => q.Id)).Concat(knowledge.Visits.Select(v => v.Id)).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), hashes.Keys.Order(StringComparer.Ordinal));
        Assert.All(hashes.Values, h => Assert.Matches("^[0-9a-f]{16}$", h));
        Assert.Equal(hashes.Count, hashes.Values.Distinct().Count());
    }

    [Fact]
    public void Of_FixedTopic_GivesTheSameHashOnEveryRun()
    {
        var topic = new Topic { Id = "terugkeer", Name = new LocalizedText { Nl = "Terugkeer", En = "Return" } };

        // Pinned: a change in the serialization (property order, naming, escaping) would change every stored hash.
        Assert.Equal("3d7fbcf61ca13d28", KnowledgeItemHashes.Of(DigestItemKind.Topic, topic));
    }

    [Fact]
    public void Compute_FigurePutInASeries_KeepsItsHash()
    {
        var knowledge = TestKnowledge.Real.Knowledge;
        var figure = knowledge.Figures[0];
        var alone = knowledge with { Figures = [figure with { Measure = null }] };
        var inSeries = knowledge with { Figures = [figure with { Measure = "een-andere-reeks" }] };

        Assert.Equal(KnowledgeItemHashes.Compute(alone)[figure.Id], KnowledgeItemHashes.Compute(inSeries)[figure.Id]);
        Assert.NotEqual(
            KnowledgeItemHashes.Compute(alone)[figure.Id],
            KnowledgeItemHashes.Compute(knowledge with { Figures = [figure with { Value = figure.Value + 1 }] })[figure.Id]);
    }

    [Fact]
    public void Of_SameItemAsAnotherKind_GivesAnotherHash()
    {
        var fact = DigestTestKnowledge.Fact("f1", "Tekst");

        Assert.NotEqual(KnowledgeItemHashes.Of(DigestItemKind.Fact, fact), KnowledgeItemHashes.Of(DigestItemKind.Figure, fact));
    }

    [Fact]
    public void Compute_LoadedTwice_GivesEqualHashes()
    {
        using var folder = DigestTestKnowledge.CopyOfReal();

        var first = KnowledgeItemHashes.Compute(DigestTestKnowledge.Load(folder).Knowledge);
        var second = KnowledgeItemHashes.Compute(DigestTestKnowledge.Load(folder).Knowledge);

        Assert.Equal(first, second);
        Assert.Equal(KnowledgeItemHashes.Compute(TestKnowledge.Real.Knowledge), first);
    }

    [Fact]
    public void Compute_OneFactEditedInTheFile_ChangesExactlyThatFactsHash()
    {
        using var folder = DigestTestKnowledge.CopyOfReal();
        var before = KnowledgeItemHashes.Compute(DigestTestKnowledge.Load(folder).Knowledge);

        DigestTestKnowledge.EditOneFact(folder);
        var after = KnowledgeItemHashes.Compute(DigestTestKnowledge.Load(folder).Knowledge);

        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        var changed = Assert.Single(before.Keys, id => before[id] != after[id]);
        Assert.Equal(DigestTestKnowledge.EditedFactId, changed);
    }
}
