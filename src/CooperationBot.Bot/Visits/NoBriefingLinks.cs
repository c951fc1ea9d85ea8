using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Visits;

/// <summary>The default <see cref="IBriefingLinks"/>: no briefing notes, so visit cards have no Word button.</summary>
internal sealed class NoBriefingLinks : IBriefingLinks
{
    public Uri? CreateLink(string visitId, UserLanguage language) => null;
}
