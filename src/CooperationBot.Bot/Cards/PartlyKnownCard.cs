using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Answering;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// A question the knowledge only partly holds: first, plainly, what is not in the knowledge; then "Wat wel bekend
/// is:" with the nearest items, each with its source and date. Nothing on this card presents them as the answer:
/// no "Antwoord" note and no bold answer line (the answer card's way of saying "this is the answer"), so that a
/// briefing officer cannot copy "125" as the number of women.
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
        var missing = MissingTexts.For(result.Missing, language);
        var body = new List<CardElement>
        {
            Heading(Pick(language, "Dit weet ik maar gedeeltelijk", "I only partly know this")),
        };
        foreach (var sentence in missing)
        {
            body.Add(new TextBlock(sentence) { Wrap = true, Color = TextColor.Warning, Weight = TextWeight.Bolder });
        }

        body.Add(new TextBlock(Pick(language, "Wat wel bekend is:", "What is known:"))
        {
            Weight = TextWeight.Bolder,
            Wrap = true,
            Spacing = Spacing.Medium,
            Separator = true,
        });
        if (result.Phrased is { } phrased)
        {
            body.Add(Note(AnswerCard.PhrasedNote(language)));
            body.Add(new TextBlock(phrased.ToMarkedText()) { Wrap = true });
        }

        var document = known.Document;
        foreach (var item in result.Related.Prepend(known).Take(MaxKnown))
        {
            body.Add(new TextBlock(item.Text) { Wrap = true, Spacing = Spacing.Small });
            if (item.IsTranslation)
            {
                body.Add(Note("English translation of the Dutch source text."));
            }

            body.Add(Note(SourceLine.For(item, language, item == known ? null : document)));
        }

        IList<CardAction>? actions = result.FollowUpQuestions.Count == 0
            ? null
            : [.. result.FollowUpQuestions.Take(MaxFollowUps).Select(q => (CardAction)AskButton.Create(q, language))];
        return Card(language, string.Join(" ", missing), body, actions);
    }
}
