using CooperationBot.Protocol.Invoke;

namespace CooperationBot.Protocol.Routing;

/// <summary>Handles one turn: reads <see cref="TurnContext.Activity"/> and sends replies through the context.</summary>
public delegate Task TurnHandler(TurnContext context, CancellationToken cancellationToken);

/// <summary>Handles an invoke and returns its synchronous answer.</summary>
public delegate Task<InvokeResponse> InvokeHandler(TurnContext context, CancellationToken cancellationToken);

/// <summary>Handles an <c>adaptiveCard/action</c> invoke with a given verb.</summary>
public delegate Task<AdaptiveCardInvokeResponse> CardActionHandler(
    TurnContext context, AdaptiveCardAction action, CancellationToken cancellationToken);
