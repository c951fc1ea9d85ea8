using CooperationBot.Bot.Language;

namespace CooperationBot.Bot.Visits;

/// <summary>
/// Makes the address of a visit's Word briefing note for the card's "Briefing (Word)" button. The default
/// registration makes none (null), and the card then has no button.
/// </summary>
public interface IBriefingLinks
{
    /// <summary>The download address of the briefing note of <paramref name="visitId"/>, or null for no button.</summary>
    Uri? CreateLink(string visitId, UserLanguage language);
}
