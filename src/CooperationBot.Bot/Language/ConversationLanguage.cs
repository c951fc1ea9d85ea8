using System.Text.Json.Nodes;
using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Protocol;
using CooperationBot.Protocol.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CooperationBot.Bot.Language;

/// <summary>
/// One language per conversation (in a personal chat: per person): the one its person last wrote in (when the words
/// tell, <see cref="LanguageDetector.DetectWords(string?)"/>) or chose (a button's <c>lang</c>, the digest setting),
/// stored with the conversation reference. The Teams locale is only the first guess, before anything was written.
/// </summary>
public static class ConversationLanguage
{
    /// <summary>
    /// The language of this turn: an explicit choice in <paramref name="data"/> (the activity's value when null) or the
    /// words of <paramref name="text"/> (the message's text when null) first, and stored when they tell; otherwise the
    /// stored language, otherwise the locale. A store failure is logged and falls back to the locale.
    /// </summary>
    public static async Task<UserLanguage> ResolveAsync(
        TurnContext context, CancellationToken cancellationToken, JsonNode? data = null, string? text = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var activity = context.Activity;
        var chosen = LanguageDetector.Explicit(data ?? activity.Value)
            ?? (activity.Type == ActivityTypes.Message ? LanguageDetector.DetectWords(text ?? context.Text) : null);
        if (chosen is { } language)
        {
            await SetAsync(context, language, cancellationToken).ConfigureAwait(false);
            return language;
        }

        return await StoredAsync(context, cancellationToken).ConfigureAwait(false) ?? LanguageDetector.FromLocale(activity.Locale);
    }

    /// <summary>The stored language of the conversation, or the locale's guess (for the welcome card, before anyone wrote).</summary>
    public static async Task<UserLanguage> StoredOrLocaleAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return await StoredAsync(context, cancellationToken).ConfigureAwait(false) ?? LanguageDetector.FromLocale(context.Activity.Locale);
    }

    /// <summary>Stores an explicit choice (e.g. the digest settings' language) as the conversation's language.</summary>
    public static async Task SetAsync(TurnContext context, UserLanguage language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Activity.Conversation?.Id is not { } id || context.Services.GetService<IDigestStore>() is not { } store)
        {
            return;
        }

        try
        {
            if (await store.FindConversationLanguageAsync(id, cancellationToken).ConfigureAwait(false) != language.Code())
            {
                await store.SetConversationLanguageAsync(id, language.Code(), cancellationToken).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // Remembering the language must never cost the user their answer.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            Log.LanguageNotStored(Logger(context), exception);
        }
    }

    private static async Task<UserLanguage?> StoredAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (context.Activity.Conversation?.Id is not { } id || context.Services.GetService<IDigestStore>() is not { } store)
        {
            return null;
        }

        try
        {
            var code = await store.FindConversationLanguageAsync(id, cancellationToken).ConfigureAwait(false);
            return code is null ? null : LanguageDetector.FromCode(code);
        }
#pragma warning disable CA1031 // A store that cannot answer leaves the locale's guess.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            Log.LanguageNotRead(Logger(context), exception);
            return null;
        }
    }

    private static ILogger Logger(TurnContext context) =>
        context.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConversationLanguage).FullName!);
}
