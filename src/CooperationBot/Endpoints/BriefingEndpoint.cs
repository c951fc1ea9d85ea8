using System.Diagnostics;
using CooperationBot.Bot.Briefings;
using CooperationBot.Bot.Knowledge;
using CooperationBot.Bot.Phrasing;
using CooperationBot.Bot.Visits;

namespace CooperationBot.Host.Endpoints;

/// <summary>
/// <c>GET /briefings/{token}</c>: the Word briefing note a visit card links to. A browser opens it, so it is not
/// behind Bot Framework authentication: the signed token is the authorisation. Anything but a genuine, unexpired
/// token for a visit in the knowledge answers a plain-text 403 or 404, never a document.
/// </summary>
public static class BriefingEndpoint
{
    public const string Route = "/" + SignedBriefingLinks.PathPrefix + "/{token}";

    private const string PlainText = "text/plain; charset=utf-8";

    public static async Task<IResult> Handle(
        string token,
        HttpContext http,
        BriefingTokens tokens,
        IKnowledgeSource knowledge,
        VisitPhrasing phrasing,
        TimeProvider time,
        ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(phrasing);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(loggers);
        var logger = loggers.CreateLogger(typeof(BriefingEndpoint).FullName!);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        var check = tokens.Check(token);
        switch (check.Status)
        {
            case BriefingTokenStatus.Invalid:
                Log.BriefingRefused(logger, "invalid");
                return Results.Text(
                    "Deze briefinglink is ongeldig. / This briefing link is not valid.", PlainText, statusCode: StatusCodes.Status403Forbidden);
            case BriefingTokenStatus.Expired:
                Log.BriefingRefused(logger, "expired");
                return Results.Text(
                    "Deze briefinglink is verlopen: vraag de bot om een nieuwe. / This briefing link has expired: ask the bot for a new one.",
                    PlainText,
                    statusCode: StatusCodes.Status403Forbidden);
        }

        var snapshot = knowledge.Current;
        var visit = snapshot.Knowledge.Visits.FirstOrDefault(v => v.Id == check.VisitId);
        if (visit is null)
        {
            Log.BriefingRefused(logger, "visit not in the knowledge");
            return Results.Text(
                "Dit bezoek staat niet (meer) in de kennisbank. / This visit is no longer in the knowledge base.",
                PlainText,
                statusCode: StatusCodes.Status404NotFound);
        }

        var started = Stopwatch.GetTimestamp();
        var summary = await phrasing.PhraseAsync(VisitSummaryBuilder.Build(snapshot, visit, check.Language), http.RequestAborted).ConfigureAwait(false);
        var document = BriefingDocument.Create(summary, time.GetUtcNow());
        Log.BriefingServed(logger, visit.Id, summary.Language.ToString(), document.Length, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return Results.File(document, BriefingDocument.ContentType, BriefingFileName.For(summary));
    }
}
