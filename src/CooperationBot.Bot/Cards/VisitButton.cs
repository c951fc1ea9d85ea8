using System.Text.Json.Nodes;
using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Language;
using CooperationBot.Protocol.Routing;

namespace CooperationBot.Bot.Cards;

/// <summary>Buttons that open a visit's summary card (<see cref="Verb"/>) or the list of visits (<see cref="ListVerb"/>).</summary>
public static class VisitButton
{
    public const string Verb = "visit";
    public const string ListVerb = "visits";
    public const string VisitIdProperty = "visitId";

    /// <summary>An Action.Submit that asks for the summary card of <paramref name="visitId"/> in <paramref name="language"/>.</summary>
    public static SubmitAction Create(string title, string visitId, UserLanguage language) => new()
    {
        Title = title,
        Data = new JsonObject
        {
            [ActivityRouter.VerbProperty] = Verb,
            [VisitIdProperty] = visitId,
            [LanguageDetector.LanguageProperty] = language.Code(),
        },
    };

    /// <summary>An Action.Submit that asks for the list of every visit.</summary>
    public static SubmitAction List(UserLanguage language) =>
        CardParts.VerbButton(CardParts.Pick(language, "Alle bezoeken", "All visits"), ListVerb, language);
}
