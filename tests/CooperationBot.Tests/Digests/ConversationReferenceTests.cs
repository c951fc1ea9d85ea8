using CooperationBot.Bot.Digests;
using CooperationBot.Tests.Infrastructure;
using static CooperationBot.Tests.Digests.DigestChat;

namespace CooperationBot.Tests.Digests;

/// <summary>Every inbound activity keeps the conversation's reference in the store current, through the real host.</summary>
public sealed class ConversationReferenceTests : IAsyncLifetime
{
    private const string MovedServiceUrl = "https://smba.trafficmanager.net/amer/";
    private static readonly CancellationToken None = CancellationToken.None;
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Message_PersonalChat_StoresTheReference()
    {
        await SendAsync(_host, Activities.Message("help"));

        var reference = await Store(_host).FindConversationAsync("a:personal-chat-1", None);
        Assert.NotNull(reference);
        Assert.Equal(Activities.ServiceUrl, reference.ServiceUrl);
        Assert.Equal("msteams", reference.ChannelId);
        Assert.Equal("personal", reference.ConversationType);
        Assert.Equal(Activities.TenantId, reference.TenantId);
        Assert.Equal(Activities.BotId, reference.BotId);
        Assert.Equal("29:user-1", reference.UserId);
    }

    [Fact]
    public async Task Message_InChannelThread_StoresTheChannelWithoutTheMessageId()
    {
        await SendAsync(_host, ChannelMessage("help"));

        Assert.Null(await Store(_host).FindConversationAsync(ChannelThread, None));
        var reference = await Store(_host).FindConversationAsync(ChannelId, None);
        Assert.Equal("channel", reference!.ConversationType);
    }

    [Fact]
    public async Task Message_NewServiceUrl_RefreshesTheReferenceAndTheSubscriptionTarget()
    {
        await SendAsync(_host, Activities.Message("digest aan 07:30"));
        var moved = Activities.Message("help");
        moved["serviceUrl"] = MovedServiceUrl;

        await SendAsync(_host, moved);

        Assert.Equal(MovedServiceUrl, (await Store(_host).FindConversationAsync("a:personal-chat-1", None))!.ServiceUrl);
        var subscription = await Store(_host).FindSubscriptionAsync(PersonalKey, None);
        Assert.Equal(MovedServiceUrl, subscription!.Target.ServiceUrl);
        Assert.Equal(SubscriptionState.Active, subscription.State);
    }
}
