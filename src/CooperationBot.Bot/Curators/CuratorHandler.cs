using CooperationBot.AdaptiveCards;
using CooperationBot.Bot.Cards;
using CooperationBot.Bot.Language;
using CooperationBot.Protocol.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Curators;

/// <summary>
/// <c>curator report</c> / <c>curator rapport</c>: the knowledge gaps as a card, for the people listed in
/// <c>Curators:Ids</c> (by their Entra object id); everyone else gets a polite refusal.
/// </summary>
public static class CuratorHandler
{
    /// <summary>The router pattern.</summary>
    public const string Pattern = @"^curator\s+(report|rapport)\s*$";

    public static async Task OnMessageAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Services;
        var language = context.Text.Contains("rapport", StringComparison.OrdinalIgnoreCase) ? UserLanguage.Dutch : UserLanguage.English;
        var options = services.GetRequiredService<IOptions<CuratorOptions>>().Value;
        AdaptiveCard card;
        if (options.IsCurator(context.Activity.From?.AadObjectId))
        {
            var report = await services.GetRequiredService<GapReportService>().CreateAsync(null, cancellationToken).ConfigureAwait(false);
            card = CuratorReportCard.Create(report, language, options.RetentionDays);
        }
        else
        {
            Log.ReportRefused(services.GetRequiredService<ILogger<GapReportService>>());
            card = CuratorRefusalCard.Create(language);
        }

        await context.SendAsync(CardReply.Create(context.Activity, card), cancellationToken).ConfigureAwait(false);
    }
}
