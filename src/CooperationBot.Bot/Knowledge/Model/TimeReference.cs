namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>
/// When something happened: an exact date where the source gives one, otherwise a period in the source's
/// words ("eind 2022" stays a period, not an invented day), optionally with its year.
/// </summary>
public sealed record TimeReference
{
    public DateOnly? Date { get; init; }

    public LocalizedText? Period { get; init; }

    public int? Year { get; init; }
}
