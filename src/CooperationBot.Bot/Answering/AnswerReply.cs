using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;
using CooperationBot.Protocol;
using CooperationBot.Protocol.Teams;

namespace CooperationBot.Bot.Answering;

/// <summary>
/// The Teams message for an answer: the answer itself as the message text with the citation mark [n] on the claim it
/// cites (<see cref="AnswerLead"/>), the answer, partly-known or not-found card, the citation entities (extracted
/// text, so no AI label), and Teams' feedback buttons. A partly known answer leads with what is not in the knowledge
/// and cites the nearest item as what is known. A model-phrased answer (checked by the guard) is the message text with
/// numbered citations and the AI-generated label.
/// </summary>
public static class AnswerReply
{
    /// <summary>
    /// The reply to <paramref name="inbound"/>. <paramref name="asked"/> is a question the chat does not show as the
    /// user's message (a question button's data without Teams' imBack): the text then starts with "Je vroeg: …".
    /// </summary>
    public static Activity Create(Activity inbound, AnswerResult result, string? asked = null)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(result);
        var lead = AnswerLead.For(result);
        var reply = inbound.CreateReply();
        reply.ChannelData = FeedbackVote.EnableOnMessage();
        reply.Text = asked is null ? lead.Text : AskedLine.For(asked, result.Language) + "\n\n" + lead.Text;
        var card = result.Outcome switch
        {
            AnswerOutcome.Answered when result.Best is not null => AnswerCard.Create(result),
            AnswerOutcome.Partly when result.Best is not null => PartlyKnownCard.Create(result),
            _ => NotFoundCard.Create(result),
        };
        reply.Attachments = [Attachment.AdaptiveCard(card)];
        if (lead.Citations.Count > 0 || lead.Phrased)
        {
            reply.Entities = [MessageEntity.Create(lead.Citations.Select(c => CitationFor(c.Item, result.Language, c.Number)), aiGenerated: lead.Phrased)];
        }

        return reply;
    }

    private static Citation CitationFor(AnswerItem item, UserLanguage language, int number)
    {
        var document = item.Document;
        var name = document is null
            ? item.Source.Source
            : $"{document.Title} ({document.Publisher}, {CardDates.Format(document.Date, language)})";
        return new Citation(number, name, item.Source.Evidence, document?.Url);
    }
}
