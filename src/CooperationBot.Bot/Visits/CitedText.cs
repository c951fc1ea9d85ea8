namespace CooperationBot.Bot.Visits;

/// <summary>A statement of a visit summary with the source it comes from (every line the bot shows is sourced).</summary>
/// <param name="Text">The text in the summary's language.</param>
/// <param name="IsTranslation">True when the text is the English translation of the Dutch source.</param>
/// <param name="Source">Where it comes from.</param>
public sealed record CitedText(string Text, bool IsTranslation, SourceCitation Source)
{
    /// <summary>The current facts that replaced this one since (it stays as it was at the visit); empty when none.</summary>
    public IReadOnlyList<Replacement> ReplacedBy { get; init; } = [];
}
