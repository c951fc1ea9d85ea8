using System.ComponentModel.DataAnnotations;

namespace CooperationBot.Protocol.Processing;

/// <summary>Settings of the messaging endpoint's request processing.</summary>
public sealed class ActivityProcessorOptions
{
    /// <summary>
    /// Whether channel tokens are required. False only in development with no MicrosoftAppId: then
    /// requests without an Authorization header are accepted as anonymous (a header is still validated).
    /// </summary>
    public bool RequireAuthentication { get; set; } = true;

    /// <summary>The largest accepted request body. The default is 256 KB.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>Tenants allowed to use the bot (<c>channelData.tenant.id</c>); empty allows every tenant.</summary>
    public IList<string> AllowedTenants { get; set; } = [];

    /// <summary>
    /// How long a turn may run before the HTTP request is answered anyway (Teams waits 15 s at most).
    /// A message turn then goes on in the background; an invoke gets a fallback answer. The default is 10 s.
    /// </summary>
    public TimeSpan AckBudget { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a message-extension invoke (<c>composeExtension/query</c>, <c>composeExtension/selectItem</c>) may run
    /// before it gets the bot's own "too slow" answer: Teams stops waiting for a search after about 5 s, so this is
    /// shorter than <see cref="AckBudget"/>. The default is 4 s.
    /// </summary>
    public TimeSpan MessageExtensionBudget { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>How long an activity id is remembered to drop replays. The default is 10 minutes.</summary>
    public TimeSpan ReplayWindow { get; set; } = TimeSpan.FromMinutes(10);
}
