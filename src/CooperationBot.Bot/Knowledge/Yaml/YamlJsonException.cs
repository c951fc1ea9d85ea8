namespace CooperationBot.Bot.Knowledge.Yaml;

/// <summary>The YAML text cannot be read or converted to JSON; <see cref="Position"/> says where.</summary>
public sealed class YamlJsonException : Exception
{
    public YamlJsonException()
    {
    }

    public YamlJsonException(string message)
        : base(message)
    {
    }

    public YamlJsonException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public YamlJsonException(string message, TextPosition position, Exception? innerException = null)
        : base(message, innerException)
    {
        Position = position;
    }

    public TextPosition Position { get; } = TextPosition.Start;
}
