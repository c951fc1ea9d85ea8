using System.Text.Json.Nodes;
using CooperationBot.Protocol.Invoke;
using CooperationBot.Protocol.Teams;

namespace CooperationBot.Protocol.Routing;

/// <summary>Handles one turn: reads <see cref="TurnContext.Activity"/> and sends replies through the context.</summary>
public delegate Task TurnHandler(TurnContext context, CancellationToken cancellationToken);

/// <summary>Handles an invoke and returns its synchronous answer.</summary>
public delegate Task<InvokeResponse> InvokeHandler(TurnContext context, CancellationToken cancellationToken);

/// <summary>Handles an <c>adaptiveCard/action</c> invoke with a given verb.</summary>
public delegate Task<AdaptiveCardInvokeResponse> CardActionHandler(
    TurnContext context, AdaptiveCardAction action, CancellationToken cancellationToken);

/// <summary>Handles a <c>composeExtension/query</c> invoke for one command and returns the results or a message.</summary>
public delegate Task<ComposeExtensionResponse> ComposeExtensionQueryHandler(
    TurnContext context, ComposeExtensionQuery query, CancellationToken cancellationToken);

/// <summary>
/// Handles a <c>composeExtension/selectItem</c> invoke: <paramref name="itemId"/> is read from the tapped preview's
/// value, <paramref name="value"/> is the whole value.
/// </summary>
public delegate Task<ComposeExtensionResponse> ComposeExtensionSelectHandler(
    TurnContext context, string itemId, JsonObject value, CancellationToken cancellationToken);
