using System.Globalization;
using System.Text.RegularExpressions;
using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Digests;

/// <summary>A parsed <c>digest ...</c> chat command.</summary>
/// <param name="Kind">What it asks for.</param>
/// <param name="Time">The time given with a subscribe command, or null.</param>
/// <param name="Language">The language of the command words (aan/uit: Dutch; subscribe/unsubscribe: English), or null.</param>
/// <param name="Error">Why the command could not be read (e.g. a time like 25:00), or null.</param>
public sealed partial record DigestCommand(DigestCommandKind Kind, TimeOnly? Time, UserLanguage? Language, string? Error)
{
    /// <summary>The router pattern: a message that starts with the word <c>digest</c>.</summary>
    public const string Pattern = @"^digest(\s|$)";

    /// <summary>Reads the text of a message that matched <see cref="Pattern"/>.</summary>
    public static DigestCommand Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Trim().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= 1)
        {
            return new DigestCommand(DigestCommandKind.Settings, null, null, null);
        }

        var verb = words[1].ToLowerInvariant();
        var rest = words.Skip(2).ToArray();
        return verb switch
        {
            "aan" or "abonneer" or "aanmelden" => Subscribe(rest, UserLanguage.Dutch),
            "subscribe" or "on" => Subscribe(rest, UserLanguage.English),
            "uit" or "afmelden" or "stop" when rest.Length == 0 => new(DigestCommandKind.Unsubscribe, null, UserLanguage.Dutch, null),
            "unsubscribe" or "off" when rest.Length == 0 => new(DigestCommandKind.Unsubscribe, null, UserLanguage.English, null),
            "status" when rest.Length == 0 => new(DigestCommandKind.Status, null, null, null),
            "instellingen" when rest.Length == 0 => new(DigestCommandKind.Settings, null, UserLanguage.Dutch, null),
            "settings" when rest.Length == 0 => new(DigestCommandKind.Settings, null, UserLanguage.English, null),
            _ => new(DigestCommandKind.Unknown, null, null, null),
        };
    }

    private static DigestCommand Subscribe(string[] rest, UserLanguage language)
    {
        if (rest.Length == 0)
        {
            return new(DigestCommandKind.Subscribe, null, language, null);
        }

        if (rest.Length == 1 && TryParseTime(rest[0], out var time))
        {
            return new(DigestCommandKind.Subscribe, time, language, null);
        }

        var error = rest.Length == 1 && IsClockShaped(rest[0])
            ? language == UserLanguage.English
                ? $"The time {rest[0]} does not exist: a day runs from 00:00 to 23:59. For example: digest subscribe 07:30"
                : $"De tijd {rest[0]} bestaat niet: een dag loopt van 00:00 tot 23:59. Bijvoorbeeld: digest aan 07:30"
            : language == UserLanguage.English
                ? "I could not read that time. Give it as hours and minutes, for example: digest subscribe 07:30"
                : "Die tijd kan ik niet lezen. Geef uren en minuten, bijvoorbeeld: digest aan 07:30";
        return new(DigestCommandKind.Subscribe, null, language, error);
    }

    /// <summary>Reads 7:30, 07:30, 07.30 or 0730 (24-hour clock).</summary>
    public static bool TryParseTime(string text, out TimeOnly time)
    {
        time = default;
        var match = TimePattern().Match(text ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        var hours = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minutes = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (hours > 23 || minutes > 59)
        {
            return false;
        }

        time = new TimeOnly(hours, minutes);
        return true;
    }

    /// <summary>True for text written as a clock time (e.g. 25:00 or 07:61), whether or not that time exists.</summary>
    internal static bool IsClockShaped(string text) => TimePattern().IsMatch(text);

    [GeneratedRegex(@"^(?<h>\d{1,2})[:.]?(?<m>\d{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex TimePattern();
}
