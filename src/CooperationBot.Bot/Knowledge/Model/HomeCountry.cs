namespace CooperationBot.Bot.Knowledge.Model;

/// <summary>
/// The file's home country: an office the file names without a country is one of its offices, so a question's
/// "Dutch" or "Nederlandse" is covered by an item that names such an office.
/// </summary>
public sealed record HomeCountry
{
    public required LocalizedText Name { get; init; }

    /// <summary>Every word a question may use for the country or its people ("Nederland", "Nederlandse", "Dutch").</summary>
    public required IReadOnlyList<string> Aliases { get; init; }
}
