using System.Text.Json.Nodes;
using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Language;
using CooperationBot.Protocol.Routing;

namespace CooperationBot.Bot.Cards;

/// <summary>A button that asks the bot a question, as if the user had typed it.</summary>
public static class AskButton
{
    public const string Verb = "ask";
    public const string QuestionProperty = "question";

    public static SubmitAction Create(string question, UserLanguage language) => new()
    {
        Title = question,
        Data = new JsonObject
        {
            [ActivityRouter.VerbProperty] = Verb,
            [QuestionProperty] = question,
            [LanguageDetector.LanguageProperty] = CardParts.Code(language),
        },
    };
}
