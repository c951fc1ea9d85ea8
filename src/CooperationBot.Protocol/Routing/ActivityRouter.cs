using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CooperationBot.Protocol.Invoke;
using CooperationBot.Protocol.Teams;

namespace CooperationBot.Protocol.Routing;

/// <summary>
/// Sends each activity to the handler registered for it, the way minimal APIs map routes:
/// messages by text pattern, card submits and <c>adaptiveCard/action</c> invokes by verb, invokes by name,
/// and conversation/installation updates. The first matching registration wins.
/// </summary>
public sealed class ActivityRouter
{
    /// <summary>The property of a card submit's data that names what it asks for.</summary>
    public const string VerbProperty = "verb";

    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    private readonly List<(Regex Pattern, TurnHandler Handler)> _messages = [];
    private readonly Dictionary<string, TurnHandler> _submits = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, CardActionHandler> _cardActions = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, InvokeHandler> _invokes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ComposeExtensionQueryHandler> _queries = new(StringComparer.Ordinal);
    private readonly List<TurnHandler> _conversationUpdates = [];
    private readonly List<TurnHandler> _installationUpdates = [];
    private readonly List<TurnHandler> _everyActivity = [];
    private TurnHandler? _fallbackMessage;

    /// <summary>
    /// Runs <paramref name="handler"/> for every activity, before the handler it is routed to (e.g. to remember
    /// the conversation). Registrations run in order.
    /// </summary>
    public ActivityRouter Use(TurnHandler handler)
    {
        _everyActivity.Add(handler);
        return this;
    }

    /// <summary>Messages whose text (bot mention removed) matches <paramref name="pattern"/>, ignoring case.</summary>
    public ActivityRouter OnMessage([StringSyntax(StringSyntaxAttribute.Regex)] string pattern, TurnHandler handler)
    {
        _messages.Add((new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout), handler));
        return this;
    }

    /// <summary>Every message no other message or submit registration took.</summary>
    public ActivityRouter OnMessage(TurnHandler handler)
    {
        _fallbackMessage = handler;
        return this;
    }

    /// <summary>An Action.Submit whose data carries <c>"verb": <paramref name="verb"/></c>.</summary>
    public ActivityRouter OnSubmit(string verb, TurnHandler handler)
    {
        _submits[verb] = handler;
        return this;
    }

    /// <summary>An Action.Execute (<c>adaptiveCard/action</c> invoke) with <paramref name="verb"/>.</summary>
    public ActivityRouter OnCardAction(string verb, CardActionHandler handler)
    {
        _cardActions[verb] = handler;
        return this;
    }

    /// <summary>An invoke with the given name (other than <c>adaptiveCard/action</c>).</summary>
    public ActivityRouter OnInvoke(string name, InvokeHandler handler)
    {
        _invokes[name] = handler;
        return this;
    }

    /// <summary>
    /// A message-extension search (<c>composeExtension/query</c>) of the manifest command <paramref name="commandId"/>.
    /// A malformed query or an unknown command gets a 400 with the reason; the handler's answer is the 200 body.
    /// </summary>
    public ActivityRouter OnComposeExtensionQuery(string commandId, ComposeExtensionQueryHandler handler)
    {
        _queries[commandId] = handler;
        _invokes[ComposeExtensionInvokes.Query] = RouteQueryAsync;
        return this;
    }

    /// <summary>
    /// A tapped message-extension result (<c>composeExtension/selectItem</c>) whose tap value names the item in the string
    /// property <paramref name="itemIdProperty"/>. A value that is not an object or has no such id gets a 400 with the reason.
    /// </summary>
    public ActivityRouter OnComposeExtensionSelectItem(string itemIdProperty, ComposeExtensionSelectHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _invokes[ComposeExtensionInvokes.SelectItem] = async (context, cancellationToken) =>
        {
            if (context.Activity.Value is not JsonObject value)
            {
                return InvokeResponse.BadRequest("The selected item's value must be an object.");
            }

            if (value[itemIdProperty] is not JsonValue id || !id.TryGetValue(out string? itemId) || string.IsNullOrWhiteSpace(itemId))
            {
                return InvokeResponse.BadRequest($"The selected item's value has no '{itemIdProperty}'.");
            }

            return (await handler(context, itemId, value, cancellationToken).ConfigureAwait(false)).ToInvokeResponse();
        };
        return this;
    }

    public ActivityRouter OnConversationUpdate(TurnHandler handler)
    {
        _conversationUpdates.Add(handler);
        return this;
    }

    public ActivityRouter OnInstallationUpdate(TurnHandler handler)
    {
        _installationUpdates.Add(handler);
        return this;
    }

    /// <summary>Runs the handler for the context's activity. Invokes always get an answer.</summary>
    public async Task RouteAsync(TurnContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await RunAllAsync(_everyActivity, context, cancellationToken).ConfigureAwait(false);
        switch (context.Activity.Type)
        {
            case ActivityTypes.Message:
                await RouteMessageAsync(context, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.Invoke:
                context.InvokeResponse = await RouteInvokeAsync(context, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.ConversationUpdate:
                await RunAllAsync(_conversationUpdates, context, cancellationToken).ConfigureAwait(false);
                break;
            case ActivityTypes.InstallationUpdate:
                await RunAllAsync(_installationUpdates, context, cancellationToken).ConfigureAwait(false);
                break;
            default:
                break;
        }
    }

    private Task RouteMessageAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var verb = ReadVerb(context.Activity.Value);
        if (verb is not null && _submits.TryGetValue(verb, out var submit))
        {
            return submit(context, cancellationToken);
        }

        var text = context.Text;
        if (text.Length > 0)
        {
            foreach (var (pattern, handler) in _messages)
            {
                if (pattern.IsMatch(text))
                {
                    return handler(context, cancellationToken);
                }
            }
        }

        return _fallbackMessage?.Invoke(context, cancellationToken) ?? Task.CompletedTask;
    }

    private async Task<InvokeResponse> RouteInvokeAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var name = context.Activity.Name;
        if (name == AdaptiveCardAction.InvokeName)
        {
            if (!AdaptiveCardAction.TryParse(context.Activity.Value, out var action, out var error))
            {
                return AdaptiveCardInvokeResponse.BadRequest(error!).ToInvokeResponse();
            }

            if (!_cardActions.TryGetValue(action!.Verb, out var cardHandler))
            {
                return AdaptiveCardInvokeResponse.BadRequest($"Unknown verb '{Shorten(action.Verb)}'.").ToInvokeResponse();
            }

            var answer = await cardHandler(context, action, cancellationToken).ConfigureAwait(false);
            return answer.ToInvokeResponse();
        }

        if (name is not null && _invokes.TryGetValue(name, out var handler))
        {
            return await handler(context, cancellationToken).ConfigureAwait(false);
        }

        return InvokeResponse.NotImplemented();
    }

    private async Task<InvokeResponse> RouteQueryAsync(TurnContext context, CancellationToken cancellationToken)
    {
        if (!ComposeExtensionQuery.TryParse(context.Activity.Value, out var query, out var error))
        {
            return InvokeResponse.BadRequest(error!);
        }

        if (!_queries.TryGetValue(query!.CommandId, out var handler))
        {
            return InvokeResponse.BadRequest($"Unknown command '{Shorten(query.CommandId)}'.");
        }

        var answer = await handler(context, query, cancellationToken).ConfigureAwait(false);
        return answer.ToInvokeResponse();
    }

    private static async Task RunAllAsync(List<TurnHandler> handlers, TurnContext context, CancellationToken cancellationToken)
    {
        foreach (var handler in handlers)
        {
            await handler(context, cancellationToken).ConfigureAwait(false);
        }
    }

    private static string? ReadVerb(JsonNode? value) =>
        value is JsonObject obj && obj[VerbProperty] is JsonValue verb && verb.TryGetValue(out string? text) ? text : null;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40];
}
