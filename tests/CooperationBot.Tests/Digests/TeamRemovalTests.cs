using System.Text.Json.Nodes;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Conversations;
using CooperationBot.Tests.Infrastructure;
using static CooperationBot.Tests.Digests.DigestChat;

namespace CooperationBot.Tests.Digests;

/// <summary>
/// Issue 19: removing the bot from a team, deleting or archiving the team parks the digests of all the team's channels
/// (keyed by channelData.team.id) with the reason; restoring it reactivates them. Through the real host.
/// </summary>
public sealed class TeamRemovalTests : IAsyncLifetime
{
    private const string TeamId = "19:team@thread.tacv2";
    private const string OtherChannel = "19:other-channel@thread.tacv2";
    private const string OtherTeamChannel = "19:foreign-channel@thread.tacv2";
    private static readonly CancellationToken None = CancellationToken.None;
    private BotTestHost _host = null!;

    public async Task InitializeAsync() => _host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    /// <summary>The channel message of <see cref="DigestChat"/>, moved to another channel (and team).</summary>
    private static JsonObject MessageIn(string channelId, string teamId, string text)
    {
        var activity = ChannelMessage(text);
        activity["conversation"]!["id"] = channelId + ";messageid=1700000000001";
        activity["channelData"]!["team"]!["id"] = teamId;
        activity["channelData"]!["channel"]!["id"] = channelId;
        return activity;
    }

    private static JsonObject TeamEvent(string eventType, bool botRemoved = false)
    {
        var activity = Activities.Base("conversationUpdate");
        activity["conversation"] = new JsonObject { ["id"] = TeamId, ["conversationType"] = "channel", ["tenantId"] = Activities.TenantId };
        activity["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = Activities.TenantId },
            ["team"] = new JsonObject { ["id"] = TeamId },
            ["eventType"] = eventType,
        };
        if (botRemoved)
        {
            activity["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = Activities.BotId });
        }

        return activity;
    }

    private async Task SubscribeThreeChannelsAsync()
    {
        await SendAsync(_host, ChannelMessage("digest aan 07:30"));
        await SendAsync(_host, MessageIn(OtherChannel, TeamId, "digest aan 08:00"));
        await SendAsync(_host, MessageIn(OtherTeamChannel, "19:other-team@thread.tacv2", "digest aan 09:00"));
        Assert.All(await StatesAsync(), s => Assert.Equal(SubscriptionState.Active, s.State));
    }

    private async Task<List<DigestSubscription>> StatesAsync() =>
    [
        (await Store(_host).FindSubscriptionAsync(ChannelKey, None))!,
        (await Store(_host).FindSubscriptionAsync(DigestSubscription.ChannelKey(OtherChannel), None))!,
        (await Store(_host).FindSubscriptionAsync(DigestSubscription.ChannelKey(OtherTeamChannel), None))!,
    ];

    [Theory]
    [InlineData("teamMemberRemoved", true, ConversationHandler.RemovedFromTeam)]
    [InlineData("teamDeleted", false, ConversationHandler.TeamDeleted)]
    [InlineData("teamArchived", false, ConversationHandler.TeamArchived)]
    public async Task TeamEvent_ParksEveryChannelOfThatTeamWithTheReason(string eventType, bool botRemoved, string reason)
    {
        await SubscribeThreeChannelsAsync();

        await SendAsync(_host, TeamEvent(eventType, botRemoved));

        var states = await StatesAsync();
        Assert.All(states.Take(2), s => Assert.Equal((SubscriptionState.Parked, reason), (s.State, s.ParkedReason)));
        Assert.Equal(SubscriptionState.Active, states[2].State);
        Assert.Null(await Store(_host).FindConversationAsync(OtherChannel, None));
        Assert.NotNull(await Store(_host).FindConversationAsync(OtherTeamChannel, None));
    }

    [Fact]
    public async Task TeamRestored_AfterTeamDeleted_ReactivatesTheChannels()
    {
        await SubscribeThreeChannelsAsync();
        await SendAsync(_host, TeamEvent("teamDeleted"));

        await SendAsync(_host, TeamEvent("teamRestored"));

        Assert.All(await StatesAsync(), s => Assert.Equal((SubscriptionState.Active, (string?)null), (s.State, s.ParkedReason)));
        Assert.NotNull(await Store(_host).FindConversationAsync(OtherChannel, None));
    }

    [Fact]
    public async Task TeamRestored_DoesNotUndoTheBotsRemoval()
    {
        await SubscribeThreeChannelsAsync();
        await SendAsync(_host, TeamEvent("teamMemberRemoved", botRemoved: true));

        await SendAsync(_host, TeamEvent("teamRestored"));

        Assert.All((await StatesAsync()).Take(2), s => Assert.Equal(SubscriptionState.Parked, s.State));
    }

    [Fact]
    public async Task TeamMemberRemoved_SomeoneElse_ParksNothing()
    {
        await SubscribeThreeChannelsAsync();
        var activity = TeamEvent("teamMemberRemoved");
        activity["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = "29:user-2" });

        await SendAsync(_host, activity);

        Assert.All(await StatesAsync(), s => Assert.Equal(SubscriptionState.Active, s.State));
    }
}
