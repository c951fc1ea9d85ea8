using System.Text.Json.Nodes;
using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Language;
using CooperationBot.Protocol.Routing;

namespace CooperationBot.Bot.Cards;

/// <summary>Small pieces the bot's cards share: the heading, body text, a verb button, the card shell.</summary>
internal static class CardParts
{
    public static string Pick(UserLanguage language, string dutch, string english) =>
        language == UserLanguage.English ? english : dutch;

    public static string Code(UserLanguage language) => language.Code();

    /// <summary>
    /// The card shell. <paramref name="lead"/> is what the card says in a sentence or two, as plain text: it is the
    /// card's <c>fallbackText</c> and <c>speak</c>, and the text of the message that carries the card
    /// (<see cref="CardReply"/>), which Teams shows in the notification, the chat list and to a screen reader. The
    /// body therefore does not repeat it: it starts with its heading (a label for the card, not a sentence) and goes
    /// on with what the lead does not say.
    /// </summary>
    public static AdaptiveCard Card(UserLanguage language, string lead, IList<CardElement> body, IList<CardAction>? actions = null) => new()
    {
        Lang = Code(language),
        FallbackText = lead,
        Speak = lead,
        Body = body,
        Actions = actions,
        MsTeams = TeamsCardProperties.FullWidth,
    };

    public static TextBlock Heading(string text) => new(text)
    {
        Size = TextSize.Large,
        Weight = TextWeight.Bolder,
        Style = TextBlockStyle.Heading,
        Wrap = true,
    };

    public static TextBlock Paragraph(string text) => new(text) { Wrap = true };

    public static TextBlock Note(string text) => new(text) { Wrap = true, IsSubtle = true, Size = TextSize.Small };

    /// <summary>An Action.Submit that the router sends to the handler registered for <paramref name="verb"/>.</summary>
    public static SubmitAction VerbButton(string title, string verb, UserLanguage language) => new()
    {
        Title = title,
        Data = new JsonObject
        {
            [ActivityRouter.VerbProperty] = verb,
            [LanguageDetector.LanguageProperty] = Code(language),
        },
    };
}
