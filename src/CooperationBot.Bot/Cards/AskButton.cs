using System.Text.Json.Nodes;
using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Language;
using CooperationBot.Protocol.Routing;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// A button that asks the bot a question, as if the user had typed it. The title is the question shortened to fit a
/// phone (<see cref="MaxTitleLength"/>); the submit data, and the tooltip of a shortened title, hold the whole question.
/// The data's <c>msteams</c> <c>imBack</c> makes Teams post the question as the user's own message, so the chat shows
/// what was asked above the answer; Teams then sends only that text. A client that ignores <c>imBack</c> sends the
/// data instead, which the router gives to the <see cref="Verb"/> handler: either way one message, one answer.
/// </summary>
public static class AskButton
{
    public const string Verb = "ask";
    public const string QuestionProperty = "question";

    /// <summary>The property of Action.Submit data that Teams reads for its own behaviour (here <c>imBack</c>).</summary>
    public const string TeamsImBack = "msteams";

    /// <summary>
    /// The longest title of a question button: shorter than <see cref="ButtonTitle.MaxLength"/>, because at 40
    /// characters a title was still cut off on a 360px phone screen (tests/e2e/phone.test.mjs).
    /// </summary>
    public const int MaxTitleLength = 28;

    public static SubmitAction Create(string question, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(question);
        var title = ButtonTitle.Shorten(question, MaxTitleLength);
        return new SubmitAction
        {
            Title = title,
            Tooltip = title == question ? null : question,
            Data = new JsonObject
            {
                [ActivityRouter.VerbProperty] = Verb,
                [QuestionProperty] = question,
                [LanguageDetector.LanguageProperty] = CardParts.Code(language),
                [TeamsImBack] = new JsonObject { ["type"] = "imBack", ["value"] = question },
            },
        };
    }
}
