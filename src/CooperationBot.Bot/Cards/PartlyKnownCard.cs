using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Answering.Checking;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;
using SourceDocument = CooperationBot.Bot.Knowledge.Model.SourceDocument;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// A question the knowledge only partly holds. The message text above the card says, plainly and first, what is not
/// in the knowledge, then "Wat wel bekend is:" with the nearest item and its citation mark (<see cref="AnswerLead"/>).
/// The card shows where that comes from and what else is known, each with its source and date. Nothing on this card
/// presents the known items as the answer: no "Antwoord" note and no bold answer line (the answer card's way of
/// saying "this is the answer"), so that a briefing officer cannot copy "125" as the number of women.
/// </summary>
public static class PartlyKnownCard
{
    private const int MaxKnown = 3;
    private const int MaxFollowUps = 3;

    public static AdaptiveCard Create(AnswerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var known = result.Best ?? throw new ArgumentException("A partly known card needs the nearest item.", nameof(result));
        var language = result.Language;
        var body = new List<CardElement>
        {
            Heading(Pick(language, "Dit weet ik maar gedeeltelijk", "I only partly know this")),
        };

        // The top of the card: the heading, then the sources. The missing sentences and the known item are the
        // message text above the card, so the card does not repeat them: it starts with the source of the [1] mark,
        // then the other known items with theirs. A model's phrasing is the message text instead; then the card shows
        // the curated items it was phrased from, each with its source, as the evidence to check it against.
        var document = known.Document;
        var others = result.Related.Take(MaxKnown - 1).ToList();
        if (result.Phrased is null)
        {
            body.Add(Label(Pick(language, "Herkomst van wat wel bekend is:", "Where what is known comes from:")));
            body.AddRange(Sourced(known, language, null, withText: false));
            if (others.Count > 0)
            {
                body.Add(Label(Pick(language, "Ook bekend:", "Also known:")));
            }
        }
        else
        {
            body.Add(Label(Pick(language, "Wat wel bekend is:", "What is known:")));
            body.Add(Note(AnswerCard.PhrasedNote(language)));
            body.AddRange(Sourced(known, language, null, withText: true));
        }

        foreach (var item in others)
        {
            body.AddRange(Sourced(item, language, document, withText: true));
        }

        // A period the knowledge has no value for: the values nearest to it, each with its date and source.
        body.AddRange(TimelineSections.For(result, nearest: result.Missing.Any(m => m.Constraint is ConstraintKind.Year or ConstraintKind.Period)));

        IList<CardAction>? actions = result.FollowUpQuestions.Count == 0
            ? null
            : [.. result.FollowUpQuestions.Take(MaxFollowUps).Select(q => (CardAction)AskButton.Create(q, language))];
        return Card(language, AnswerLead.For(result).Plain, body, actions);
    }

    private static TextBlock Label(string text) => new(text)
    {
        Weight = TextWeight.Bolder,
        Wrap = true,
        Spacing = Spacing.Medium,
        Separator = true,
    };

    /// <summary>An item's text (unless the message text holds it), the translation note and its source line.</summary>
    private static IEnumerable<CardElement> Sourced(AnswerItem item, UserLanguage language, SourceDocument? citedAbove, bool withText)
    {
        if (withText)
        {
            yield return new TextBlock(item.Text) { Wrap = true, Spacing = Spacing.Small };
        }

        if (item.IsTranslation)
        {
            yield return Note("English translation of the Dutch source text.");
        }

        yield return Note(SourceLine.For(item, language, citedAbove));
    }
}
