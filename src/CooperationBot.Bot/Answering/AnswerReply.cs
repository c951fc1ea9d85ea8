using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;
using CooperationBot.Protocol;
using CooperationBot.Protocol.Teams;

namespace CooperationBot.Bot.Answering;

/// <summary>
/// The Teams message for an answer: a short lead with the citation mark [1], the answer, partly-known or not-found
/// card, the citation entity (extracted text, so no AI label), and Teams' feedback buttons. A partly known answer
/// leads with what is not in the knowledge and cites the nearest item as what is known. A model-phrased answer (checked by
/// the guard) is the message text with numbered citations and the AI-generated label.
/// </summary>
public static class AnswerReply
{
    public static Activity Create(Activity inbound, AnswerResult result)
    {
        ArgumentNullException.ThrowIfNull(inbound);
        ArgumentNullException.ThrowIfNull(result);
        var english = result.Language == UserLanguage.English;
        var reply = inbound.CreateReply();
        reply.ChannelData = FeedbackVote.EnableOnMessage();
        if (result.Answered && result.Phrased is { } phrased)
        {
            // Model-phrased (and checked): numbered citations of the cited items, and Teams' AI-generated label.
            var items = (result.Best is null ? [] : new[] { result.Best }).Concat(result.Related).ToDictionary(i => i.Id, StringComparer.Ordinal);
            reply.Text = phrased.ToMarkedText();
            reply.Attachments = [Attachment.AdaptiveCard(AnswerCard.Create(result))];
            reply.Entities = [MessageEntity.Create(
                phrased.CitedIds.Select(id => CitationFor(items[id], result.Language, phrased.NumberOf(id))),
                aiGenerated: true)];
        }
        else if (result.Answered && result.Best is { } best)
        {
            reply.Text = (english ? "Answer from the knowledge base" : "Antwoord uit de kennisbank") + " [1]";
            reply.Attachments = [Attachment.AdaptiveCard(AnswerCard.Create(result))];
            reply.Entities = [MessageEntity.Create([CitationFor(best, result.Language, 1)])];
        }
        else if (result.Outcome == AnswerOutcome.Partly && result.Best is { } known)
        {
            // First what is missing, then what is known, cited: the citation marks the known item, not an answer.
            var missing = string.Join(" ", MissingTexts.For(result.Missing, result.Language));
            reply.Attachments = [Attachment.AdaptiveCard(PartlyKnownCard.Create(result))];
            if (result.Phrased is { } phrasedKnown)
            {
                var items = result.Related.Prepend(known).ToDictionary(i => i.Id, StringComparer.Ordinal);
                reply.Text = missing + "\n\n" + phrasedKnown.ToMarkedText();
                reply.Entities = [MessageEntity.Create(
                    phrasedKnown.CitedIds.Where(items.ContainsKey).Select(id => CitationFor(items[id], result.Language, phrasedKnown.NumberOf(id))),
                    aiGenerated: true)];
            }
            else
            {
                reply.Text = missing + " " + (english ? "What is known, with its source [1], is below." : "Wat wel bekend is, met bron [1], staat hieronder.");
                reply.Entities = [MessageEntity.Create([CitationFor(known, result.Language, 1)])];
            }
        }
        else
        {
            reply.Text = english ? "That is not in my knowledge." : "Dat staat niet in mijn kennis.";
            reply.Attachments = [Attachment.AdaptiveCard(NotFoundCard.Create(result))];
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
