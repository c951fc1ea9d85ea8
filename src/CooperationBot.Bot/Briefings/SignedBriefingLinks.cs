using CooperationBot.Bot.Language;
using CooperationBot.Bot.Visits;

namespace CooperationBot.Bot.Briefings;

/// <summary>
/// Briefing links on the bot's own host: <c>{publicBaseUrl}/briefings/{signed token}</c>. The base address is read
/// for every link, so a host can give the address it learns only once it listens.
/// </summary>
public sealed class SignedBriefingLinks : IBriefingLinks
{
    /// <summary>The path of the briefing endpoint under the public base address.</summary>
    public const string PathPrefix = "briefings";

    private readonly BriefingTokens _tokens;
    private readonly Func<Uri> _publicBaseUrl;

    public SignedBriefingLinks(BriefingTokens tokens, Uri publicBaseUrl)
        : this(tokens, () => publicBaseUrl)
    {
    }

    public SignedBriefingLinks(BriefingTokens tokens, Func<Uri> publicBaseUrl)
    {
        _tokens = tokens;
        _publicBaseUrl = publicBaseUrl;
    }

    public Uri? CreateLink(string visitId, UserLanguage language) =>
        new($"{_publicBaseUrl().AbsoluteUri.TrimEnd('/')}/{PathPrefix}/{_tokens.Create(visitId, language)}");
}
