using System.Collections.Frozen;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>
/// The words the import compares a new sentence with existing knowledge by: the text's words as
/// <see cref="TextWords"/> reads them (lower case, no diacritics), without function words ("de", "het", "van", "the").
/// </summary>
internal static class ImportWords
{
    /// <summary>Articles, pronouns, prepositions, conjunctions and auxiliary verbs: they say nothing about what a sentence is about.</summary>
    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        "de", "het", "een", "en", "of", "maar", "van", "in", "op", "uit", "naar", "voor", "met", "door", "bij", "aan",
        "tot", "sinds", "vanaf", "per", "over", "om", "te", "er", "ook", "al", "nog", "nu", "dan", "dat", "die", "dit",
        "deze", "is", "zijn", "was", "waren", "wordt", "worden", "werd", "werden", "heeft", "hebben", "had", "hadden",
        "zal", "zullen", "kan", "kunnen", "niet", "wel", "als", "hun", "haar", "hij", "zij", "ze", "wij", "we", "zo",
        "the", "a", "an", "and", "or", "but", "of", "on", "to", "from", "for", "with", "by", "at", "since", "as", "is",
        "are", "was", "were", "has", "have", "had", "will", "be", "been", "this", "that", "these", "those", "it", "its",
        "their", "now",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The distinct words of <paramref name="text"/> that are not function words; numbers kept.</summary>
    public static IReadOnlySet<string> Content(string text) =>
        TextWords.Of(text).Where(word => !FunctionWords.Contains(word)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The wording of <paramref name="text"/>: its <see cref="Content"/> words without numbers and month names, which
    /// change from one measurement or version to the next while the wording stays.
    /// </summary>
    public static IReadOnlySet<string> Wording(string text) =>
        Content(text).Where(word => !word.Any(char.IsDigit) && !DateDetector.IsMonth(word)).ToHashSet(StringComparer.Ordinal);

    /// <summary>All words of <paramref name="text"/> in order, function words included, between single spaces and with a space at both ends.</summary>
    public static string Sequence(string text) => " " + string.Join(' ', TextWords.Of(text)) + " ";

    /// <summary>The share of <paramref name="words"/> that <paramref name="other"/> has too; 0 when <paramref name="words"/> is empty.</summary>
    public static double Share(IReadOnlySet<string> words, IReadOnlySet<string> other) =>
        words.Count == 0 ? 0 : (double)words.Count(other.Contains) / words.Count;
}
