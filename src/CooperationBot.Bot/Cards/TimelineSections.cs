using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Answering.Timeline;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// The parts of an answer card for knowledge that changes over time: conflicting sources side by side, what replaced
/// the answer, and its history (earlier values of its series, the items it replaced, or the values nearest a period
/// the knowledge has none for), each with its date and source.
/// </summary>
internal static class TimelineSections
{
    private const int MaxHistory = 4;

    /// <summary>Every part the result has, in the order a reader needs them: conflicts, replacement, history.</summary>
    public static IEnumerable<CardElement> For(AnswerResult result, bool nearest)
    {
        ArgumentNullException.ThrowIfNull(result);
        var language = result.Language;
        if (result.Best is { } best && result.Conflicts.Count > 0)
        {
            yield return Conflicts(best, result, language);
        }

        if (result.ReplacedBy.Count > 0)
        {
            yield return Titled(
                Pick(language, "Vervangen door", "Replaced by"),
                result.ReplacedBy.Select(r => (Pick(language, "Sinds ", "Since ") + CardDates.Format(r.AsOf, language) + ": " + r.Item.Text, r.Item)),
                language);
        }

        if (result.History.Count > 0)
        {
            var later = result.AsOf is { } asOf && result.History.Any(h => h.Until is null && h.AsOf > asOf);
            var title = nearest
                ? Pick(language, "Waarden die er het dichtst bij liggen", "The nearest values")
                : later ? Pick(language, "Andere waarden", "Other values") : Pick(language, "Eerder", "Earlier");
            var lines = result.History.Take(MaxHistory).Select(h => (Line(h, language), h.Item)).ToList();
            var container = Titled(title, lines, language);
            if (result.History.Count > MaxHistory)
            {
                container.Items.Add(Note(Pick(
                    language,
                    $"En nog {result.History.Count - MaxHistory} eerdere.",
                    $"And {result.History.Count - MaxHistory} more.")));
            }

            yield return container;
        }
    }

    /// <summary>"125, stand 21 februari 2023" for a value; "Tot 16 september 2024: …" for a replaced item.</summary>
    internal static string Line(DatedAnswerItem dated, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(dated);
        if (dated.Until is { } until)
        {
            return Pick(language, "Tot ", "Until ") + CardDates.Format(until, language) + ": " + dated.Item.Text;
        }

        return dated.Value is { } value
            ? CardNumbers.Format(value, language) + Pick(language, ", stand ", ", as of ") + CardDates.Format(dated.AsOf, language)
            : CardDates.Format(dated.AsOf, language) + ": " + dated.Item.Text;
    }

    /// <summary>The answer and each item that contradicts it, side by side, each with its mark, a figure's value and its own source.</summary>
    private static Container Conflicts(AnswerItem best, AnswerResult result, UserLanguage language)
    {
        var first = new DatedAnswerItem(best, result.AsOf ?? DateOnly.MinValue, result.Conflicts[0].Value is null ? null : result.Value);
        // The message text says each statement with its mark [n]; a column names the mark, a figure's value, and the source.
        var columns = result.Conflicts.Prepend(first).Select((dated, i) => new Column
        {
            Width = ColumnWidth.Stretch,
            Items =
            [
                new TextBlock($"[{i + 1}]" + (dated.Value is { } value ? " " + CardNumbers.Format(value, language) : string.Empty)) { Wrap = true, Weight = TextWeight.Bolder },
                Note(SourceLine.For(dated.Item, language)),
            ],
        });
        return new Container
        {
            Items =
            [
                new TextBlock(Pick(language, "De bronnen naast elkaar", "The sources side by side")) { Weight = TextWeight.Bolder, Wrap = true },
                Note(Pick(language, "Beide staan in de kennisbank; er is niet gekozen en niet gemiddeld.", "Both are in the knowledge base; none was chosen and nothing averaged.")),
                new ColumnSet { Columns = [.. columns] },
            ],
            Separator = true,
            Spacing = Spacing.Medium,
        };
    }

    private static Container Titled(string title, IEnumerable<(string Text, AnswerItem Item)> lines, UserLanguage language)
    {
        var elements = new List<CardElement> { new TextBlock(title) { Weight = TextWeight.Bolder, Wrap = true } };
        foreach (var (text, item) in lines)
        {
            elements.Add(new TextBlock(text) { Wrap = true, Spacing = Spacing.Small });
            elements.Add(Note(SourceLine.For(item, language)));
        }

        return new Container { Items = elements, Separator = true, Spacing = Spacing.Medium };
    }
}
