using CooperationBot.Bot.Language;
using static CooperationBot.Bot.Cards.CardParts;

namespace CooperationBot.Bot.Cards;

/// <summary>
/// "Je vroeg: …" / "You asked: …": the first line of an answer to a question button from a client that sent the
/// button's data instead of posting the question as the user's message (Teams' <c>imBack</c>). Without it the answer
/// would stand under the previous card as if it answered a question nobody asked.
/// </summary>
public static class AskedLine
{
    public static string For(string question, UserLanguage language)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Pick(language, "Je vroeg: ", "You asked: ") + question;
    }

    /// <summary>
    /// True when the chat does not show <paramref name="question"/> as the user's message: the activity's text
    /// (<paramref name="userText"/>) is empty or says something else.
    /// </summary>
    public static bool IsNeeded(string userText, string question) =>
        !string.Equals(userText.Trim(), question.Trim(), StringComparison.OrdinalIgnoreCase);
}
