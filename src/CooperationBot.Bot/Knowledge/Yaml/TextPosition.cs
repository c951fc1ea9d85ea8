namespace CooperationBot.Bot.Knowledge.Yaml;

/// <summary>A 1-based line and column in a text file.</summary>
public readonly record struct TextPosition(int Line, int Column)
{
    public static readonly TextPosition Start = new(1, 1);
}
