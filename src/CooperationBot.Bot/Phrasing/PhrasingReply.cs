namespace CooperationBot.Bot.Phrasing;

/// <summary>The model's phrased answer (<see cref="Text"/>), or why there is none (<see cref="Failure"/>).</summary>
public sealed record PhrasingReply(string? Text, PhrasingFailure? Failure)
{
    /// <summary>Whether the model gave a text (still to be checked before it is shown).</summary>
    public bool Succeeded => Failure is null && !string.IsNullOrWhiteSpace(Text);

    /// <summary>A phrased answer.</summary>
    public static PhrasingReply Phrased(string text) => new(text, null);

    /// <summary>No phrased answer, for <paramref name="failure"/>.</summary>
    public static PhrasingReply Failed(PhrasingFailure failure) => new(null, failure);
}
