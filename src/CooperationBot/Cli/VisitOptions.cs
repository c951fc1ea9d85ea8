using CooperationBot.Bot.Language;

namespace CooperationBot.Host.Cli;

/// <summary>The arguments of the <c>visit</c> command.</summary>
public sealed class VisitOptions
{
    public bool Json { get; private set; }

    public UserLanguage? Language { get; private set; }

    /// <summary>Where <c>--docx</c> asks the briefing note to be written; null when not asked.</summary>
    public string? Docx { get; private set; }

    /// <summary>The words that find the visit (every word not an option, joined by spaces).</summary>
    public string Words { get; private set; } = string.Empty;

    public static bool TryParse(string[] args, out VisitOptions options, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(args);
        options = new VisitOptions();
        problem = null;
        var words = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--json":
                    options.Json = true;
                    break;
                case "--lang" when value is "nl" or "en":
                    options.Language = value == "en" ? UserLanguage.English : UserLanguage.Dutch;
                    i++;
                    break;
                case "--lang":
                    problem = "--lang takes nl or en.";
                    return false;
                case "--docx" when value is not null && !value.StartsWith("--", StringComparison.Ordinal):
                    options.Docx = value;
                    i++;
                    break;
                case var word when !word.StartsWith("--", StringComparison.Ordinal):
                    words.Add(word);
                    break;
                default:
                    problem = $"Unknown or incomplete option '{args[i]}'.";
                    return false;
            }
        }

        options.Words = string.Join(' ', words).Trim();
        if (options.Words.Length == 0)
        {
            problem = "Give words that find the visit, e.g. visit \"Marokko 2023\".";
            return false;
        }

        return true;
    }
}
