using System.Collections.Frozen;
using System.Text;

namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>
/// Finds and repairs mojibake: UTF-8 text decoded with a Windows code page (1252 Western, or 1253 Greek falling back
/// to 1252 for the bytes Greek lacks), such as "â€œ" or "β€œ" for "“", "â€" for "”" (its last byte has no character
/// in either page) and "Ã«" for "ë"; and U+FFFD, the mark of a character already lost.
/// </summary>
public static class Mojibake
{
    /// <summary>The replacement character that marks text already lost in decoding.</summary>
    public const char ReplacementCharacter = '\uFFFD';

    private static readonly FrozenDictionary<string, string> Repairs = BuildRepairs();
    private static readonly FrozenSet<char> FirstCharacters = Repairs.Keys.Select(key => key[0]).ToFrozenSet();
    private static readonly int LongestDamage = Repairs.Keys.Max(key => key.Length);

    /// <summary>Every damaged sequence in <paramref name="text"/>, longest match first, left to right.</summary>
    public static IReadOnlyList<MojibakeMatch> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = new List<MojibakeMatch>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ReplacementCharacter)
            {
                matches.Add(new MojibakeMatch(i, ReplacementCharacter.ToString(), null));
                continue;
            }

            if (!FirstCharacters.Contains(text[i]))
            {
                continue;
            }

            for (var length = Math.Min(LongestDamage, text.Length - i); length >= 2; length--)
            {
                var candidate = text.Substring(i, length);
                if (Repairs.TryGetValue(candidate, out var repaired))
                {
                    matches.Add(new MojibakeMatch(i, candidate, repaired));
                    i += length - 1;
                    break;
                }
            }
        }

        return matches;
    }

    /// <summary><paramref name="text"/> with every repairable sequence repaired (U+FFFD stays).</summary>
    public static string Repair(string text)
    {
        var matches = Find(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var repaired = new StringBuilder(text.Length);
        var next = 0;
        foreach (var match in matches)
        {
            repaired.Append(text, next, match.Index - next).Append(match.Repaired ?? match.Damaged);
            next = match.Index + match.Damaged.Length;
        }

        return repaired.Append(text, next, text.Length - next).ToString();
    }

    private static FrozenDictionary<string, string> BuildRepairs()
    {
        // The closing quote first: its truncated form "â€" is claimed by it, not by rarer characters sharing the prefix.
        var characters = new[] { '\u201D' }
            .Concat(Range('\u00A0', '\u017F'))
            .Concat(Range('\u2010', '\u203A'))
            .Concat(['\u20AC', '\u2122']);
        var western = CodePage(1252);
        var greek = CodePage(1253);
        var decoders = new[] { western, b => greek(b) is var c && IsLost(c) ? western(b) : c };
        var repairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var character in characters)
        {
            var bytes = Encoding.UTF8.GetBytes(character.ToString());
            foreach (var decode in decoders)
            {
                var damaged = new string(bytes.Select(decode).ToArray());
                var lost = Enumerable.Range(0, damaged.Length).Where(index => IsLost(damaged[index])).ToList();
                if (lost.Count == 0)
                {
                    repairs.TryAdd(damaged, character.ToString());
                }
                else if (lost is [var last] && last == damaged.Length - 1 && damaged.Length >= 3)
                {
                    // A byte without a character in the code page is usually dropped or shown as a control character.
                    repairs.TryAdd(damaged[..^1], character.ToString());
                    repairs.TryAdd(damaged, character.ToString());
                }
            }
        }

        return repairs.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Decodes one byte with a code page; a byte the page does not define becomes U+FFFD.</summary>
    private static Func<byte, char> CodePage(int page)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(page, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback(ReplacementCharacter.ToString()))!;
        var table = Enumerable.Range(0, 256).Select(b => encoding.GetString([(byte)b])[0]).ToArray();
        return b => table[b];
    }

    private static bool IsLost(char c) => c == ReplacementCharacter || c is >= '\u0080' and <= '\u009F';

    private static IEnumerable<char> Range(char first, char last) =>
        Enumerable.Range(first, last - first + 1).Select(code => (char)code);
}
