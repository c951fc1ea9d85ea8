using System.Security.Claims;
using CooperationBot.Protocol.Invoke;

namespace CooperationBot.Protocol.Routing;

/// <summary>One inbound activity being handled, and the way to answer it.</summary>
public sealed class TurnContext
{
    private readonly IReplySink _sink;
    private string? _text;

    public TurnContext(Activity activity, ClaimsIdentity? identity, IReplySink sink, IServiceProvider services)
    {
        Activity = activity;
        Identity = identity;
        _sink = sink;
        Services = services;
    }

    /// <summary>The inbound activity.</summary>
    public Activity Activity { get; }

    /// <summary>The validated channel identity; null for anonymous development requests.</summary>
    public ClaimsIdentity? Identity { get; }

    /// <summary>The request's services (scoped to this turn).</summary>
    public IServiceProvider Services { get; }

    /// <summary>The message text with the bot's own @mention removed, trimmed.</summary>
    public string Text => _text ??= MentionText.RemoveRecipientMention(Activity);

    /// <summary>The answer of an invoke, set by the invoke's handler.</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    /// <summary>How many replies this turn sent.</summary>
    public int RepliesSent { get; private set; }

    /// <summary>
    /// Sends a reply: conversation, from, recipient and replyToId are filled from the inbound activity.
    /// Returns the id the channel gave the message, when it gave one (not for expectReplies).
    /// </summary>
    public async Task<string?> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var template = Activity.CreateReply();
        reply.Type ??= ActivityTypes.Message;
        reply.ChannelId ??= template.ChannelId;
        reply.From ??= template.From;
        reply.Recipient ??= template.Recipient;
        reply.Conversation ??= template.Conversation;
        reply.ReplyToId ??= template.ReplyToId;
        reply.Locale ??= template.Locale;
        var id = await _sink.SendAsync(Activity, reply, cancellationToken).ConfigureAwait(false);
        RepliesSent++;
        return id;
    }

    /// <summary>Sends a plain text reply.</summary>
    public Task SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(Activity.CreateReply(text), cancellationToken);
}
