using System.Data.Common;
using CooperationBot.Bot.Digests.Storage;

namespace CooperationBot.Bot.Storage;

/// <summary>The columns of <c>knowledge_gaps</c> as both stores write and read them (the lists differ in storage only).</summary>
internal static class GapColumns
{
    public const string Names = "kind, question, language, occurred_at, candidate_ids, candidate_scores, comment, answer_item_ids, missing";

    /// <summary>The parameters of <see cref="Names"/>, SQLite style (<see cref="ParameterStyle.List"/> turns them into another style).</summary>
    public const string Parameters = "$kind, $question, $language, $at, $candidates, $scores, $comment, $answerItems, $missing";

    /// <summary>A row read in the order of <see cref="Names"/>, with its lists already read by the store.</summary>
    public static KnowledgeGap Read(DbDataReader reader, IReadOnlyList<string> candidateIds, IReadOnlyList<double> scores, IReadOnlyList<string> answerItemIds)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new KnowledgeGap(
            reader.GetEnum<KnowledgeGapKind>(0),
            reader.GetNullableString(1),
            reader.GetNullableString(2),
            reader.GetInstant(3),
            [.. candidateIds.Select((id, i) => new GapCandidate(id, i < scores.Count ? scores[i] : 0))],
            reader.GetNullableString(6),
            answerItemIds,
            reader.GetNullableString(8));
    }
}
