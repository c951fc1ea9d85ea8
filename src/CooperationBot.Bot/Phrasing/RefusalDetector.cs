namespace CooperationBot.Bot.Phrasing;

/// <summary>Recognises a model's refusal or apology ("I cannot", "Ik kan geen", "Sorry") anywhere in its answer.</summary>
internal static class RefusalDetector
{
    private static readonly string[] Phrases =
    [
        " sorry ", " i cannot ", " i can not ", " i can t ", " i am unable ", " i m unable ", " i am not able ",
        " i don t know ", " i do not know ", " as an ai ", " i apologize ", " i apologise ", " unfortunately i ",
        " ik kan geen ", " ik kan niet ", " ik kan u niet ", " ik kan je niet ", " het spijt me ", " helaas ",
        " ik weet het niet ", " excuses ", " als ai ", " als taalmodel ", " as a language model ",
    ];

    public static bool LooksLikeRefusal(string text)
    {
        var words = GuardText.WordForm(text);
        return Phrases.Any(p => words.Contains(p, StringComparison.Ordinal));
    }
}
