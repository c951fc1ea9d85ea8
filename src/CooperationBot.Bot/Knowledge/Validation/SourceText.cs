namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>
/// A source document's text split into paragraphs (the blocks that blank lines separate, headings included),
/// repaired and with white space collapsed for verbatim comparison, and the damage found in it.
/// </summary>
public sealed class SourceText
{
    private SourceText(IReadOnlyList<string> paragraphs, IReadOnlyList<SourceDamage> damage)
    {
        Paragraphs = paragraphs;
        Damage = damage;
    }

    /// <summary>The paragraphs; paragraph n (1-based) is <c>Paragraphs[n - 1]</c>.</summary>
    public IReadOnlyList<string> Paragraphs { get; }

    /// <summary>The mojibake in the text, by line.</summary>
    public IReadOnlyList<SourceDamage> Damage { get; }

    public static SourceText Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = new List<string>();
        var damage = new List<SourceDamage>();
        var block = new List<string>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1];
            damage.AddRange(Mojibake.Find(line).Select(match => new SourceDamage(number, match.Index + 1, match.Damaged, match.Repaired)));
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
            }
            else
            {
                block.Add(line);
            }
        }

        Flush();
        return new SourceText(paragraphs, damage);

        void Flush()
        {
            if (block.Count > 0)
            {
                paragraphs.Add(TextNormalizer.CollapseWhiteSpace(Mojibake.Repair(string.Join('\n', block))));
                block.Clear();
            }
        }
    }

    /// <summary>Whether <paramref name="words"/> occur verbatim (white space collapsed) in 1-based <paramref name="paragraph"/>.</summary>
    public bool Contains(int paragraph, string words) =>
        paragraph >= 1 && paragraph <= Paragraphs.Count
        && Paragraphs[paragraph - 1].Contains(TextNormalizer.CollapseWhiteSpace(words), StringComparison.Ordinal);

    /// <summary>The 1-based paragraphs that hold <paramref name="words"/> verbatim.</summary>
    public IEnumerable<int> ParagraphsContaining(string words) =>
        Enumerable.Range(1, Paragraphs.Count).Where(paragraph => Contains(paragraph, words));
}
