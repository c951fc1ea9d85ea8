using CooperationBot.AdaptiveCards;
using CooperationBot.Protocol;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// The message that carries a card: its text is the card's lead (the card's <c>fallbackText</c>), so the
/// notification, the chat list preview and a screen reader say what the card says instead of "a card".
/// Answers have their own message, with citations: <see cref="Answering.AnswerReply"/>.
/// </summary>
public static class CardReply
{
    public static Activity Create(Activity inbound, AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(card);
        var reply = inbound.CreateReply(card.FallbackText);
        reply.Attachments = [Attachment.AdaptiveCard(card)];
        return reply;
    }
}
