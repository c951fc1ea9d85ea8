using System.Globalization;

namespace CooperationBot.Bot.Storage;

/// <summary>How both feedback stores keep an instant: round-trip text with the caller's offset.</summary>
internal static class FeedbackInstant
{
    public static string Write(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Read(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
}
