using System.Text.Json.Nodes;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Curators;
using CooperationBot.Bot.Help;
using CooperationBot.Bot.Language;
using CooperationBot.Bot.Phrasing;
using CooperationBot.Bot.Storage;
using CooperationBot.Bot.Telemetry;
using CooperationBot.Protocol.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Answering;

/// <summary>Answers a question (typed, or a question button) from the knowledge, and remembers the answer for feedback.</summary>
public static class AnswerHandler
{
    /// <summary>The longest question the bot reads; longer text is cut.</summary>
    public const int MaxQuestionLength = 500;

    public static Task OnMessageAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Text.Length == 0
            ? NotUnderstoodHandler.HandleAsync(context, cancellationToken)
            : AnswerAsync(context, context.Text, showQuestion: false, cancellationToken);
    }

    /// <summary>
    /// A question button. Teams posts the question as the user's message (<c>imBack</c>) and sends it as text; a
    /// client that sends only the button's data gets the answer with "Je vroeg: …" first (<see cref="AskedLine"/>).
    /// </summary>
    public static Task OnAskButtonAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var question = context.Activity.Value is JsonObject data
            && data[AskButton.QuestionProperty] is JsonValue value
            && value.TryGetValue(out string? text)
                ? text.Trim()
                : string.Empty;
        return question.Length == 0
            ? NotUnderstoodHandler.HandleAsync(context, cancellationToken)
            : AnswerAsync(context, question, AskedLine.IsNeeded(context.Text, question), cancellationToken);
    }

    private static async Task AnswerAsync(TurnContext context, string question, bool showQuestion, CancellationToken cancellationToken)
    {
        if (question.Length > MaxQuestionLength)
        {
            question = question[..MaxQuestionLength];
        }

        var services = context.Services;
        var time = services.GetRequiredService<TimeProvider>();
        var started = time.GetTimestamp();
        var language = await ConversationLanguage.ResolveAsync(context, cancellationToken, text: question).ConfigureAwait(false);
        var result = services.GetRequiredService<Answerer>().Answer(question, language);
        result = await services.GetRequiredService<AnswerPhrasing>().PhraseAsync(result, cancellationToken).ConfigureAwait(false);
        var messageId = await context.SendAsync(AnswerReply.Create(context.Activity, result, showQuestion ? question : null), cancellationToken).ConfigureAwait(false);
        services.GetService<BotMetrics>()?.Answer(result.Outcome, CardParts.Code(result.Language), time.GetElapsedTime(started));
        await services.GetRequiredService<GapRecorder>().RecordAnswerAsync(result, CardParts.Code(result.Language), cancellationToken).ConfigureAwait(false);
        if (messageId is null)
        {
            return;
        }

        var record = new AnswerRecord(
            messageId,
            question,
            CardParts.Code(result.Language),
            result.Answered,
            result.Best is null ? [] : [result.Best.Id, .. result.Related.Select(r => r.Id)],
            result.KnowledgeVersion,
            time.GetUtcNow());
        try
        {
            await services.GetRequiredService<IFeedbackStore>().RecordAnswerAsync(record, cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The answer is sent; failing to remember it must not turn into an error message.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.AnswerNotRecorded(services.GetRequiredService<ILogger<Answerer>>(), exception);
        }
    }
}
