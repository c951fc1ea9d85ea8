using System.Text.Json.Nodes;
using CooperationBot.Bot.Answering;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Language;
using CooperationBot.Protocol.Routing;
using CooperationBot.Protocol.Teams;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.MessageExtension;

/// <summary>
/// The search message extension: staff search the knowledge from the compose box of any chat and insert a fact card.
/// A search lists up to ten items from the same retrieval as the answers (an empty search: the newest items); a
/// tapped result answers its full card. The language comes from the Teams client's locale (Dutch by default).
/// </summary>
public static class KnowledgeSearchHandler
{
    /// <summary>The manifest command's id.</summary>
    public const string CommandId = "searchKnowledge";

    /// <summary>The manifest parameter that holds the search text.</summary>
    public const string QueryParameter = "query";

    /// <summary>The most results one answer lists.</summary>
    public const int MaxResults = 10;

    private const int MaxEchoLength = 60;

    public static Task<ComposeExtensionResponse> OnQueryAsync(TurnContext context, ComposeExtensionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(query);
        var services = context.Services;
        var answerer = services.GetRequiredService<Answerer>();
        var text = (query.ValueOf(QueryParameter) ?? string.Empty).Trim();
        if (text.Length > AnswerHandler.MaxQuestionLength)
        {
            text = text[..AnswerHandler.MaxQuestionLength];
        }

        // The words of the search first, then the locale: a Dutch search under an en-US client gets Dutch results. The
        // compose box belongs to any chat, not the bot's, so there is no stored conversation language to read here.
        var language = LanguageDetector.Detect(text, context.Activity.Locale);

        var skip = query.QueryOptions?.Skip ?? 0;
        var count = query.QueryOptions is { Count: > 0 } options ? Math.Min(options.Count, MaxResults) : MaxResults;
        var items = text.Length == 0
            ? answerer.Newest(language, skip, count)
            : [.. answerer.Search(text, language, skip + count).Skip(skip)];
        Log.Searched(Logger(services), text.Length == 0 ? "newest" : "text", language.Code(), items.Count, skip);
        if (items.Count == 0 && skip == 0)
        {
            return Task.FromResult(ComposeExtensionResponse.Message(NothingFound(text, language)));
        }

        var topics = answerer.Index.Snapshot.Knowledge.Topics;
        return Task.FromResult(ComposeExtensionResponse.Results(items.Select(item =>
            KnowledgeSearchResult.Create(item, TopicName(topics.FirstOrDefault(t => t.Id == item.Topic), language), language))));
    }

    public static Task<ComposeExtensionResponse> OnSelectItemAsync(TurnContext context, string itemId, JsonObject value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(itemId);
        var services = context.Services;
        var language = LanguageDetector.Detect(null, context.Activity.Locale, value);
        var item = services.GetRequiredService<Answerer>().Find(itemId, language);
        Log.Selected(Logger(services), item is not null);
        return Task.FromResult(item is null
            ? ComposeExtensionResponse.Message(language == UserLanguage.English
                ? "That item is no longer in the knowledge. Search again."
                : "Dat item staat niet (meer) in de kennisbank. Zoek opnieuw.")
            : ComposeExtensionResponse.Results([KnowledgeSearchResult.Selected(item, language)]));
    }

    private static string? TopicName(Topic? topic, UserLanguage language) =>
        topic is null ? null : language == UserLanguage.English ? topic.Name.En ?? topic.Name.Nl : topic.Name.Nl;

    private static ILogger Logger(IServiceProvider services) =>
        services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(KnowledgeSearchHandler));

    private static string NothingFound(string text, UserLanguage language)
    {
        if (text.Length == 0)
        {
            return language == UserLanguage.English ? "The knowledge has no items yet." : "De kennisbank heeft nog geen items.";
        }

        var echo = text.Length <= MaxEchoLength ? text : text[..MaxEchoLength] + "\u2026";
        return language == UserLanguage.English
            ? $"Nothing found in the knowledge for \u201c{echo}\u201d."
            : $"Niets gevonden in de kennisbank voor \u201c{echo}\u201d.";
    }
}
