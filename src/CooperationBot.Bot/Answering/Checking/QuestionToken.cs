namespace CooperationBot.Bot.Answering.Checking;

/// <summary>One word of a question: as the user wrote it, and as the bot compares it.</summary>
/// <param name="Raw">The word as written.</param>
/// <param name="Key">The word as compared (<see cref="Language.TextWords"/>).</param>
/// <param name="Index">Where the word starts in the question.</param>
internal readonly record struct QuestionToken(string Raw, string Key, int Index)
{
    public bool IsCapitalized => Raw.Length > 1 && char.IsUpper(Raw[0]) && !Raw.All(c => !char.IsLetter(c) || char.IsUpper(c));

    public int End => Index + Raw.Length;

    public bool IsAcronym => Raw.Length is >= 2 and <= 6 && Raw.All(char.IsUpper);
}
