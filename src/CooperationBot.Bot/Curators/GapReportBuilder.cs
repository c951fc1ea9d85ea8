using CooperationBot.Bot.Storage;

namespace CooperationBot.Bot.Curators;

/// <summary>
/// Builds the <see cref="GapReport"/> from recorded gaps, deterministically (the same gaps in any order give the same
/// report). Unanswered questions, refused or partly known alike, with the same <see cref="QuestionTokens"/> are one wording; two wordings join one
/// group when their <see cref="QuestionSimilarity"/> reaches <see cref="GapGroupingOptions.Threshold"/>, or the lower
/// <see cref="GapGroupingOptions.SharedCandidateThreshold"/> when they came nearest to the same item; groups are
/// closed under that link (single linkage). Down-votes are grouped by the rated answer's main item.
/// </summary>
public static class GapReportBuilder
{
    public static GapReport Build(IEnumerable<KnowledgeGap> gaps, DateTimeOffset? since, DateTimeOffset generatedAt, GapGroupingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        options ??= new GapGroupingOptions();
        var ordered = gaps
            .Where(g => since is null || g.OccurredAt >= since)
            .OrderBy(g => g.OccurredAt)
            .ThenBy(g => g.Question, StringComparer.Ordinal)
            .ThenBy(g => g.Comment, StringComparer.Ordinal)
            .ThenBy(g => g.Missing, StringComparer.Ordinal)
            .ToList();
        var unanswered = ordered
            .Where(g => g.Kind is KnowledgeGapKind.Unanswered or KnowledgeGapKind.PartlyKnown && !string.IsNullOrWhiteSpace(g.Question))
            .ToList();
        var downVotes = ordered.Where(g => g.Kind == KnowledgeGapKind.DownVoted).ToList();
        return new GapReport(
            since,
            generatedAt,
            unanswered.Count,
            unanswered.Count(g => g.Kind == KnowledgeGapKind.PartlyKnown),
            downVotes.Count,
            GroupUnanswered(unanswered, options),
            GroupDownVotes(downVotes, options));
    }

    private static List<GapGroup> GroupUnanswered(List<KnowledgeGap> gaps, GapGroupingOptions options)
    {
        var wordings = gaps
            .Select(g => (Gap: g, Words: QuestionTokens.Of(g.Question)))
            .GroupBy(w => string.Join(' ', w.Words.Order(StringComparer.Ordinal)), StringComparer.Ordinal)
            .OrderBy(w => w.Key, StringComparer.Ordinal)
            .Select(w => new Wording(
                w.First().Words,
                [.. w.Select(x => x.Gap)],
                [.. w.Select(x => x.Gap.Candidates.FirstOrDefault()?.ItemId).OfType<string>().Distinct(StringComparer.Ordinal)]))
            .ToList();
        var links = new UnionFind(wordings.Count);
        for (var i = 0; i < wordings.Count; i++)
        {
            for (var j = i + 1; j < wordings.Count; j++)
            {
                if (Linked(wordings[i], wordings[j], options))
                {
                    links.Union(i, j);
                }
            }
        }

        return [.. Enumerable.Range(0, wordings.Count)
            .GroupBy(links.Find)
            .Select(component => ToGroup([.. component.SelectMany(i => wordings[i].Gaps)], options))
            .OrderByDescending(g => g.Count)
            .ThenByDescending(g => g.LastSeen)
            .ThenBy(g => g.Examples[0], StringComparer.Ordinal)];
    }

    private static bool Linked(Wording a, Wording b, GapGroupingOptions options)
    {
        var similarity = QuestionSimilarity.Of(a.Words, b.Words);
        return similarity >= options.Threshold
            || (similarity >= options.SharedCandidateThreshold && similarity > 0 && a.BestCandidates.Intersect(b.BestCandidates, StringComparer.Ordinal).Any());
    }

    private static GapGroup ToGroup(List<KnowledgeGap> gaps, GapGroupingOptions options) => new(
        gaps.Count,
        MostFrequent(gaps, options.MaxExamples),
        [.. gaps.Select(g => g.Language).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
        gaps.Min(g => g.OccurredAt),
        gaps.Max(g => g.OccurredAt),
        [.. gaps.SelectMany(g => g.Candidates.DistinctBy(c => c.ItemId))
            .GroupBy(c => c.ItemId, StringComparer.Ordinal)
            .Select(c => new GroupCandidate(c.Key, c.Count(), c.Max(x => x.Score)))
            .OrderByDescending(c => c.Questions)
            .ThenByDescending(c => c.BestScore)
            .ThenBy(c => c.ItemId, StringComparer.Ordinal)
            .Take(options.MaxCandidates)],
        MostMissing(gaps, options.MaxMissing));

    /// <summary>
    /// The distinct missing parts (case ignored; of two spellings the first in ordinal order), most often missing first.
    /// </summary>
    private static List<string> MostMissing(List<KnowledgeGap> gaps, int take) =>
        [.. gaps.SelectMany(g => (g.Missing ?? string.Empty).Split(KnowledgeGap.MissingSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .GroupBy(part => part, StringComparer.OrdinalIgnoreCase)
            .Select(part => (Spelling: part.Min(StringComparer.Ordinal)!, Count: part.Count()))
            .OrderByDescending(part => part.Count)
            .ThenBy(part => part.Spelling, StringComparer.Ordinal)
            .Select(part => part.Spelling)
            .Take(take)];

    private static List<DownVotedAnswer> GroupDownVotes(List<KnowledgeGap> votes, GapGroupingOptions options) =>
        [.. votes
            .GroupBy(v => v.AnswerItemIds.FirstOrDefault() ?? string.Empty, StringComparer.Ordinal)
            .Select(answer => new DownVotedAnswer(
                answer.Key.Length == 0 ? null : answer.Key,
                [.. answer.SelectMany(v => v.AnswerItemIds).Distinct(StringComparer.Ordinal)],
                answer.Count(),
                MostFrequent(answer, options.MaxExamples),
                [.. answer.Reverse().Select(v => v.Comment).OfType<string>().Distinct(StringComparer.Ordinal).Take(options.MaxComments)],
                answer.Min(v => v.OccurredAt),
                answer.Max(v => v.OccurredAt)))
            .OrderByDescending(a => a.Count)
            .ThenByDescending(a => a.LastSeen)
            .ThenBy(a => a.ItemId is null)
            .ThenBy(a => a.ItemId, StringComparer.Ordinal)];

    /// <summary>The distinct questions (trimmed), most asked first, then the most recent.</summary>
    private static List<string> MostFrequent(IEnumerable<KnowledgeGap> gaps, int take) =>
        [.. gaps.Where(g => !string.IsNullOrWhiteSpace(g.Question))
            .GroupBy(g => g.Question!.Trim(), StringComparer.Ordinal)
            .OrderByDescending(q => q.Count())
            .ThenByDescending(q => q.Max(g => g.OccurredAt))
            .ThenBy(q => q.Key, StringComparer.Ordinal)
            .Select(q => q.Key)
            .Take(take)];

    private sealed record Wording(IReadOnlyList<string> Words, List<KnowledgeGap> Gaps, List<string> BestCandidates);
}
