using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Visits;

/// <summary>Creates the link to a visit's Word briefing note, or null when briefing notes are not available.</summary>
public interface IBriefingLinks
{
    Uri? CreateLink(string visitId, UserLanguage language);
}
