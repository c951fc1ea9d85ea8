using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;
using SourceDocument = CooperationBot.Bot.Knowledge.Model.SourceDocument;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// The answer to a question: its source and date, for a why-question the reason the knowledge gives, related
/// statements (each with its own source), and up to three follow-up questions as buttons. The curated statement
/// itself is the message text above the card (<see cref="AnswerLead"/>), with its citation mark.
/// </summary>
public static class AnswerCard
{
    private const int MaxRelated = 3;
    private const int MaxFollowUps = 3;

    public static AdaptiveCard Create(AnswerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var best = result.Best ?? throw new ArgumentException("An answer card needs an answer.", nameof(result));
        var language = result.Language;
        var body = new List<CardElement>();

        // The top of the card. The message text above it is the answer (Teams shows it in the notification, the chat
        // list and to a screen reader), so the card does not say it a second time: under "Antwoord uit de kennisbank"
        // it starts with where the answer comes from, the source, publisher, date and paragraph of the [1] mark.
        // A model's phrasing is the message text instead; then the card shows the curated statement it was phrased
        // from, with its source, as the evidence to check it against (a different sentence, not a repeat).
        if (result.Phrased is not null)
        {
            body.Add(Note(PhrasedNote(language)));
        }

        body.Add(Note(Pick(language, "Antwoord uit de kennisbank", "Answer from the knowledge base")));
        body.AddRange(result.Phrased is null ? Source(best, language, result.Value is null ? null : result.AsOf) : Statement(best, language));

        // Knowledge that changes over time: other sources that differ, what replaced the answer, its earlier values.
        body.AddRange(TimelineSections.For(result, nearest: false));
        if (result.Reasons.Count > 0)
        {
            // Why: the items the knowledge gives as the answer's reason (its because links).
            body.Add(Section(Pick(language, "Reden volgens de bron", "Reason given by the source"), result.Reasons, language, best.Document));
        }

        if (result.Related.Count > 0)
        {
            body.Add(Section(Pick(language, "Gerelateerd", "Related"), result.Related.Take(MaxRelated), language, best.Document));
        }

        IList<CardAction>? actions = result.FollowUpQuestions.Count == 0
            ? null
            : [.. result.FollowUpQuestions.Take(MaxFollowUps).Select(q => (CardAction)AskButton.Create(q, language))];
        return Card(language, AnswerLead.For(result).Plain, body, actions);
    }

    /// <summary>The note above a model's phrasing that passed the guard.</summary>
    internal static string PhrasedNote(UserLanguage language) => Pick(
        language,
        "Samengevat door AI uit de bronnen hieronder, gecontroleerd: elk getal, elke datum en naam staat in de geciteerde bron",
        "Phrased by AI from the sources below, checked: every number, date and name is in the cited source");

    /// <summary>The item's curated text (marked when it is the English translation) and its source, date and paragraph.</summary>
    internal static IEnumerable<CardElement> Statement(AnswerItem item, UserLanguage language) =>
        Source(item, language).Prepend(new TextBlock(item.Text) { Wrap = true, Size = TextSize.Medium, Weight = TextWeight.Bolder });

    /// <summary>Where the item's text comes from: that it is the English translation, when it is, and its source facts.</summary>
    private static IEnumerable<CardElement> Source(AnswerItem item, UserLanguage language, DateOnly? asOf = null)
    {
        if (item.IsTranslation)
        {
            yield return Note("English translation of the Dutch source text.");
        }

        yield return SourceFacts(item, language, asOf);
    }

    /// <summary>Source, publisher, date and paragraph; for a figure first the date its value stood (<paramref name="asOf"/>).</summary>
    private static FactSet SourceFacts(AnswerItem item, UserLanguage language, DateOnly? asOf)
    {
        var facts = new List<Fact>();
        if (asOf is { } stood)
        {
            facts.Add(new Fact(Pick(language, "Stand", "As of"), CardDates.Format(stood, language)));
        }

        if (item.Document is { } document)
        {
            facts.Add(new Fact(Pick(language, "Bron", "Source"), document.Title));
            facts.Add(new Fact(Pick(language, "Uitgever", "Publisher"), document.Publisher));
            facts.Add(new Fact(Pick(language, "Datum", "Date"), CardDates.Format(document.Date, language)));
        }
        else
        {
            facts.Add(new Fact(Pick(language, "Bron", "Source"), item.Source.Source));
        }

        facts.Add(new Fact(Pick(language, "Alinea", "Paragraph"), item.Source.Paragraph.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new FactSet { Facts = facts, Spacing = Spacing.Medium };
    }

    /// <summary>A titled section of items, each with its own source line (shortened when it is the document cited above).</summary>
    private static Container Section(string title, IEnumerable<AnswerItem> items, UserLanguage language, SourceDocument? citedAbove)
    {
        var elements = new List<CardElement>
        {
            new TextBlock(title) { Weight = TextWeight.Bolder, Wrap = true },
        };
        foreach (var item in items)
        {
            elements.Add(new TextBlock(item.Text) { Wrap = true, Spacing = Spacing.Small });
            elements.Add(Note(SourceLine.For(item, language, citedAbove)));
        }

        return new Container { Items = elements, Separator = true, Spacing = Spacing.Medium };
    }
}
