namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>
/// A text in Dutch (the language of the sources) and, where curated, its English translation.
/// The English text is always a translation of the Dutch one, and cards say so.
/// </summary>
public sealed record LocalizedText
{
    /// <summary>The Dutch text, as curated from the source.</summary>
    public required string Nl { get; init; }

    /// <summary>The English translation of <see cref="Nl"/>; null when not translated yet.</summary>
    public string? En { get; init; }
}
