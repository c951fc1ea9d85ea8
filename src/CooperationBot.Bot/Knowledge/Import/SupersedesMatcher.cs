using System.Collections.Frozen;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Knowledge.Timeline;

namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>
/// Finds the reviewed facts that a sentence of a new document looks like a newer version of, for a suggestion to the
/// curator (never a <c>supersedes</c> key). A fact is a candidate when, comparing the sentence with the fact's Dutch
/// text or its evidence (the better of the two) by their content words (<see cref="ImportWords.Content"/>, numbers
/// kept):
/// <list type="number">
/// <item>they share at least <see cref="MinimumOverlap"/> of the words of the longer of the two;</item>
/// <item>the sentence is not the same statement: neither it nor the fact's text or evidence holds the other's words in
/// the same order (so importing the fact's own source again suggests nothing);</item>
/// <item>the sentence says something new: it has a word the fact lacks, and either the fact has a word the sentence
/// lacks (a number, date or name replaced) or the added word says it is new ("vervangt", "nieuwe", "replaces"). A
/// sentence that only leaves words of the fact out is not a newer version.</item>
/// </list>
/// Facts that another reviewed item already supersedes are history and are left out.
/// </summary>
internal sealed class SupersedesMatcher
{
    /// <summary>The share of the longer text's content words that both must have.</summary>
    public const double MinimumOverlap = 0.6;

    /// <summary>Words that say a statement is a new version of another.</summary>
    private static readonly FrozenSet<string> NewerWords = new[]
    {
        "vervangt", "vervangen", "vervangende", "nieuw", "nieuwe", "herzien", "herziene", "gewijzigd", "gewijzigde",
        "aangepast", "aangepaste", "bijgewerkt", "bijgewerkte", "replaces", "replaced", "new", "revised", "updated", "amended",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly IReadOnlyList<Fact> _facts = [];

    /// <param name="known">The main knowledge file; its drafts are left out (null: nothing matches).</param>
    public SupersedesMatcher(KnowledgeBase? known)
    {
        if (known is not null)
        {
            var served = KnowledgeDrafts.WithoutDrafts(known);
            var timeline = new KnowledgeTimeline(served);
            _facts = [.. served.Facts.Where(fact => !timeline.IsSuperseded(fact.Id))];
        }
    }

    /// <summary>The ids of the facts <paramref name="sentence"/> looks like a newer version of, closest first; empty when none.</summary>
    public IReadOnlyList<string> Find(string sentence)
    {
        var words = ImportWords.Content(sentence);
        var sequence = ImportWords.Sequence(sentence);
        return [.. _facts
            .Select(fact => (fact.Id, Score: Score([fact.Text.Nl, fact.Source.Evidence], words, sequence)))
            .Where(candidate => candidate.Score > 0)
            .OrderByDescending(candidate => candidate.Score)
            .Select(candidate => candidate.Id)];
    }

    /// <summary>
    /// How much the sentence overlaps the fact's <paramref name="texts"/> (the best of them) when it looks like a newer
    /// version of the fact; 0 when it does not, or when it is the same statement as one of them.
    /// </summary>
    private static double Score(IReadOnlyList<string> texts, IReadOnlySet<string> words, string sequence)
    {
        if (texts.Select(ImportWords.Sequence).Any(old => sequence.Contains(old, StringComparison.Ordinal) || old.Contains(sequence, StringComparison.Ordinal)))
        {
            return 0;
        }

        return texts.Max(text =>
        {
            var old = ImportWords.Content(text);
            var overlap = (double)old.Count(words.Contains) / Math.Max(1, Math.Max(old.Count, words.Count));
            var added = words.Where(word => !old.Contains(word)).ToList();
            var changed = added.Count > 0 && (old.Any(word => !words.Contains(word)) || added.Any(NewerWords.Contains));
            return overlap >= MinimumOverlap && changed ? overlap : 0;
        });
    }
}
