using CooperationBot.Bot.Language;

namespace CooperationBot.Host.Cli;

/// <summary>The arguments of the <c>visit</c> command.</summary>
public sealed class VisitOptions
{
    public bool Json { get; private init; }

    public UserLanguage? Language { get; private init; }

    /// <summary>The words that find the visit (every argument not an option, joined by spaces).</summary>
    public string Words { get; private init; } = string.Empty;

    public static bool TryParse(string[] args, out VisitOptions options, out string? problem)
    {
        options = new VisitOptions();
        if (!CliArguments.TryParse(args, [], out var parsed, out problem))
        {
            return false;
        }

        options = new VisitOptions
        {
            Json = parsed.Json,
            Language = parsed.Language,
            Words = string.Join(' ', parsed.Words).Trim(),
        };
        if (options.Words.Length == 0)
        {
            problem = "Give words that find the visit, e.g. visit \"Marokko 2023\".";
            return false;
        }

        return true;
    }
}
