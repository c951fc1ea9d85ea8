using CooperationBot.Bot.Language;
using CooperationBot.Bot.Visits;

namespace CooperationBot.Bot.Briefings;

/// <summary>Briefing links on the bot's own host: <c>{publicBaseUrl}/briefings/{signed token}</c>.</summary>
public sealed class SignedBriefingLinks(BriefingTokens tokens, Uri publicBaseUrl) : IBriefingLinks
{
    /// <summary>The path of the briefing endpoint under the public base address.</summary>
    public const string PathPrefix = "briefings";

    private readonly string _base = publicBaseUrl.AbsoluteUri.TrimEnd('/');

    public Uri? CreateLink(string visitId, UserLanguage language) =>
        new($"{_base}/{PathPrefix}/{tokens.Create(visitId, language)}");
}
