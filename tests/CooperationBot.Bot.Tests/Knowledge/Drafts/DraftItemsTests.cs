using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Digests.Content;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Knowledge.Validation;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Tests.Answering;
using CooperationBot.Bot.Visits;
using Microsoft.Extensions.Logging.Abstractions;

namespace CooperationBot.Bot.Tests.Knowledge.Drafts;

/// <summary>Drafts are validated and listed, but never reach an answer, a visit summary or a digest; once reviewed they do.</summary>
public sealed class DraftItemsTests
{
    [Fact]
    public void Load_Drafts_ValidWithANotePerDraftAndTheDraftsInTheModel()
    {
        using var folder = DraftKnowledge.Create();

        var (result, _) = DraftKnowledge.Load(folder);

        Assert.Equal(2, result.DraftCount);
        Assert.Equal(1, result.WarningCount);
        var notes = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Note).Select(d => d.Message).ToList();
        Assert.Equal(
            [$"facts[22].status: draft '{DraftKnowledge.FactId}' waits for review: it is not served until its status is reviewed",
             $"visits[1].status: draft '{DraftKnowledge.VisitId}' waits for review: it is not served until its status is reviewed"],
            notes);
        Assert.Contains(result.Knowledge!.Facts, fact => fact.Id == DraftKnowledge.FactId && fact.Status == KnowledgeStatus.Draft && fact.Text.En is null);
    }

    [Fact]
    public void Answer_DraftFact_NeverTheAnswerUntilReviewed()
    {
        using var folder = DraftKnowledge.Create();

        var draft = Answer(DraftKnowledge.Load(folder).Snapshot);
        DraftKnowledge.Review(folder);
        var reviewed = Answer(DraftKnowledge.Load(folder).Snapshot);

        Assert.NotEqual(DraftKnowledge.FactId, draft.Best?.Id);
        Assert.DoesNotContain(draft.Related, item => item.Id == DraftKnowledge.FactId);
        Assert.Equal(DraftKnowledge.FactId, reviewed.Best?.Id);
    }

    [Fact]
    public void VisitSummary_DraftVisitAndItsDraftFact_NotFoundUntilReviewed()
    {
        using var folder = DraftKnowledge.Create();

        var draft = DraftKnowledge.Load(folder).Snapshot;
        var summaries = VisitFinder.Find(draft.Knowledge, null).Select(visit => VisitSummaryBuilder.Build(draft, visit, UserLanguage.Dutch)).ToList();
        DraftKnowledge.Review(folder);
        var reviewed = DraftKnowledge.Load(folder).Snapshot;
        var tanger = Assert.Single(VisitFinder.Find(reviewed.Knowledge, "Tanger"));

        Assert.Empty(VisitFinder.Find(draft.Knowledge, "Tanger"));
        Assert.DoesNotContain(summaries, summary => summary.VisitId == DraftKnowledge.VisitId);
        Assert.DoesNotContain(summaries.SelectMany(summary => summary.RelatedFacts), fact => fact.Text.Contains("zeppelin", StringComparison.Ordinal));
        Assert.Contains(VisitSummaryBuilder.Build(reviewed, tanger, UserLanguage.Dutch).RelatedFacts, fact => fact.Text.Contains("zeppelin", StringComparison.Ordinal));
    }

    [Fact]
    public void Digest_DraftsIgnoredByTheHashes_AndAddedOnceReviewed()
    {
        using var folder = DraftKnowledge.Create();
        var draft = DraftKnowledge.Load(folder).Snapshot;
        var draftHashes = KnowledgeItemHashes.Compute(draft.Knowledge);

        DraftKnowledge.Review(folder);
        var reviewed = DraftKnowledge.Load(folder).Snapshot;
        var content = DigestContentBuilder.Build(reviewed, KnowledgeItemHashes.Compute(reviewed.Knowledge), draftHashes, new DateOnly(2026, 3, 1), draft.Version);

        Assert.Equal(KnowledgeItemHashes.Compute(TestKnowledge.Real.Knowledge), draftHashes);
        Assert.Equal([DraftKnowledge.VisitId, DraftKnowledge.FactId], content.Added.Select(item => item.Id).Order(StringComparer.Ordinal));
        Assert.Empty(content.Changed);
    }

    [Fact]
    public void Load_ReviewedVisitReferringToADraftFact_IsAnError()
    {
        using var folder = DraftKnowledge.Create();
        folder.Replace("      - bezochte-organisaties\n", "      - bezochte-organisaties\n      - draft-zeppelin\n");

        var result = new KnowledgeFileLoader().Load(folder.KnowledgePath, "knowledge.yaml");

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.EndsWith("visits[0].facts[17]: the fact 'draft-zeppelin' is a draft: a reviewed item cannot refer to it until it is reviewed too", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReviewedItemWithoutEnglish_IsAnError_ADraftMayLeaveItOut()
    {
        using var folder = DraftKnowledge.Create();
        folder.Replace("    status: draft\n    topic: terugkeer\n", "    status: reviewed\n    topic: terugkeer\n");

        var result = new KnowledgeFileLoader().Load(folder.KnowledgePath, "knowledge.yaml");

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("facts[22].text: 'en' is missing: a reviewed item needs the English translation of every text (only a draft may leave it out)", error.Message);
    }

    private static AnswerResult Answer(KnowledgeSnapshot snapshot)
    {
        using var answerer = new Answerer(new InMemoryKnowledgeSource(snapshot), new AnsweringOptions(), NullLogger<Answerer>.Instance, TimeProvider.System, null);
        return answerer.Answer(DraftKnowledge.Question);
    }
}
