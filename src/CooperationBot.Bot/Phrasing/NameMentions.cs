using System.Text.RegularExpressions;

namespace CooperationBot.Bot.Phrasing;

/// <summary>
/// Finds names: runs of capitalised words ("Raad van State", "Van der Burg", "IOM"), with lower-case particles
/// between them. A run's leading function word ("In", "De", "The") and the sentence's first word are left out.
/// </summary>
internal static partial class NameMentions
{
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "van", "der", "den", "ter", "ten", "von", "du", "des", "of", "for",
    };

    /// <summary>Articles that belong to a name only after "van" / "of" ("Van de Ven", "Minister of the Interior").</summary>
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "de", "het", "the", "la", "le" };

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "in", "op", "aan", "bij", "met", "voor", "na", "naar", "om", "over", "uit", "tot", "door",
        "sinds", "vanaf", "tijdens", "volgens", "ook", "dit", "dat", "deze", "die", "er", "hij", "zij", "ze", "wij",
        "we", "ik", "beide", "daarnaast", "daarbij", "bovendien", "verder", "mijn", "onze", "zo", "en", "maar",
        "the", "a", "an", "on", "at", "for", "to", "by", "with", "from", "since", "during", "according", "also",
        "this", "that", "these", "those", "it", "he", "she", "they", "i", "both", "furthermore", "moreover", "my",
        "our", "and", "but", "of", "as", "among", "between", "tussen", "onder",
    };

    /// <summary>The names in <paramref name="sentence"/> that <paramref name="sourceWords"/> (a word form) does not contain.</summary>
    public static IEnumerable<string> Unsupported(string sentence, string sourceWords)
    {
        var tokens = Token().Matches(sentence).ToList();
        var group = new List<string>();
        var groupAtStart = false;
        var pendingParticles = new List<string>();
        Match? previous = null;
        foreach (var token in tokens)
        {
            var adjacent = previous is not null && string.IsNullOrWhiteSpace(sentence[(previous.Index + previous.Length)..token.Index]);
            if (char.IsUpper(token.Value[0]))
            {
                if (group.Count == 0 || !adjacent)
                {
                    if (Check(group, groupAtStart, sourceWords) is { } missing)
                    {
                        yield return missing;
                    }

                    group.Clear();
                    groupAtStart = previous is null;
                }

                group.AddRange(pendingParticles);
                group.Add(token.Value);
                pendingParticles.Clear();
            }
            else if (group.Count > 0 && adjacent && IsParticle(token.Value, pendingParticles.Count > 0 ? pendingParticles[^1] : group[^1]))
            {
                pendingParticles.Add(token.Value);
            }
            else
            {
                pendingParticles.Clear();
                if (Check(group, groupAtStart, sourceWords) is { } missing)
                {
                    yield return missing;
                }

                group.Clear();
            }

            previous = token;
        }

        if (Check(group, groupAtStart, sourceWords) is { } last)
        {
            yield return last;
        }
    }

    private static bool IsParticle(string word, string previous) =>
        Particles.Contains(word) || (Articles.Contains(word) && previous.ToLowerInvariant() is "van" or "of" or "von");

    /// <summary>The name (or what is left of it after dropping a leading function word) when the source lacks it; null when fine.</summary>
    private static string? Check(List<string> group, bool atSentenceStart, string sourceWords)
    {
        var words = group.ToList();
        while (words.Count > 0)
        {
            if (words.All(w => StopWords.Contains(w.ToLowerInvariant()) || Particles.Contains(w) || Articles.Contains(w)))
            {
                return null;
            }

            var name = string.Join(' ', words);
            if (GuardText.ContainsPhrase(sourceWords, name))
            {
                return null;
            }

            if (!atSentenceStart && !StopWords.Contains(words[0].ToLowerInvariant()))
            {
                return name;
            }

            atSentenceStart = false;
            words.RemoveAt(0);
            while (words.Count > 0 && (Particles.Contains(words[0]) || Articles.Contains(words[0])))
            {
                words.RemoveAt(0);
            }
        }

        return null;
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex Token();
}
