using CooperationBot.Bot.Language;

namespace CooperationBot.Host.Cli;

/// <summary>
/// The arguments the <c>ask</c> and <c>visit</c> commands share: <c>--json</c>, <c>--lang nl|en</c>, options that take
/// a value (named by the command, e.g. <c>--file</c>), and the free words.
/// </summary>
public sealed class CliArguments
{
    public bool Json { get; private set; }

    public UserLanguage? Language { get; private set; }

    /// <summary>The values of the value options given, by option name.</summary>
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Every argument that is not an option, in order.</summary>
    public List<string> Words { get; } = [];

    /// <summary>False with the problem for an unknown option, a value option without value, or a bad <c>--lang</c>.</summary>
    public static bool TryParse(string[] args, IReadOnlyCollection<string> valueOptions, out CliArguments parsed, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(valueOptions);
        parsed = new CliArguments();
        problem = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[i + 1] : null;
            switch (args[i])
            {
                case "--json":
                    parsed.Json = true;
                    break;
                case "--lang" when value is "nl" or "en":
                    parsed.Language = value == "en" ? UserLanguage.English : UserLanguage.Dutch;
                    i++;
                    break;
                case "--lang":
                    problem = "--lang takes nl or en.";
                    return false;
                case var option when valueOptions.Contains(option) && value is not null:
                    parsed.Values[option] = value;
                    i++;
                    break;
                case var word when !word.StartsWith("--", StringComparison.Ordinal):
                    parsed.Words.Add(word);
                    break;
                default:
                    problem = $"Unknown or incomplete option '{args[i]}'.";
                    return false;
            }
        }

        return true;
    }
}
