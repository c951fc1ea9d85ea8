using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// One knowledge item to share in any chat (the message extension inserts it): that it comes from the bot's knowledge
/// file, the curated text, and its source, publisher, date and paragraph, with a link to the source when it is
/// published. No bot buttons: the bot need not be in the chat it is shared to.
/// </summary>
public static class FactCard
{
    public static AdaptiveCard Create(AnswerItem item, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(item);
        var body = new List<CardElement>
        {
            Note(Pick(language, "Uit het kennisbestand van CooperationBot", "From the CooperationBot knowledge file")),
        };
        body.AddRange(AnswerCard.Statement(item, language));
        IList<CardAction>? actions = item.Document?.Url is { } url
            ? [new OpenUrlAction(url) { Title = Pick(language, "Bron openen", "Open the source") }]
            : null;

        // Shared from the compose box, this card travels without message text of the bot's: so unlike the answer card
        // it shows the statement itself, and its fallbackText and speak say the statement with its source.
        return Card(language, $"{item.Text} {AnswerLead.Sources([item], language)}", body, actions);
    }
}
