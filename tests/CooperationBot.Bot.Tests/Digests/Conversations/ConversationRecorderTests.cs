using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Conversations;
using CooperationBot.Bot.Tests.Digests.Storage;
using CooperationBot.Bot.Tests.Storage;
using CooperationBot.Protocol.Proactive;
using Microsoft.Extensions.Logging.Abstractions;

namespace CooperationBot.Bot.Tests.Digests.Conversations;

public sealed class ConversationRecorderTests() : DigestStoreFixture(new SqliteStoreBackend())
{
    private const string Emea = "https://smba.trafficmanager.net/emea/";
    private const string Amer = "https://smba.trafficmanager.net/amer/";
    private static readonly string SubscriberId = DigestSubscription.PersonalKey("tenant-1", "29:user");

    private ConversationRecorder? _recorder;

    private ConversationRecorder Recorder =>
        _recorder ??= new ConversationRecorder(Store, Time, NullLogger<ConversationRecorder>.Instance) { RefreshInterval = TimeSpan.FromMinutes(30) };

    [Fact]
    public async Task RecordAsync_FirstSight_WritesTheReference()
    {
        await Recorder.RecordAsync(Reference("a:1"), None);

        Assert.Equal(Reference("a:1"), await Store.FindConversationAsync("a:1", None));
        Assert.Equal(Now, SeenAt("a:1"));
    }

    [Fact]
    public async Task RecordAsync_UnchangedWithinRefreshInterval_NotWrittenAgainUntilTheIntervalPassed()
    {
        await Recorder.RecordAsync(Reference("a:1"), None);

        Time.Advance(TimeSpan.FromMinutes(29));
        await Recorder.RecordAsync(Reference("a:1"), None);
        var withinInterval = SeenAt("a:1");
        Time.Advance(TimeSpan.FromMinutes(1));
        await Recorder.RecordAsync(Reference("a:1"), None);

        Assert.Equal(Now, withinInterval);
        Assert.Equal(Now.AddMinutes(30), SeenAt("a:1"));
    }

    [Fact]
    public async Task RecordAsync_ServiceUrlChanged_WrittenAtOnceAndTheSubscriptionFollows()
    {
        await Store.SaveSubscriptionAsync(Subscription(SubscriberId, "a:1") with { Target = DigestTargets.For(Reference("a:1", Emea)) }, None);
        await Recorder.RecordAsync(Reference("a:1", Emea), None);

        Time.Advance(TimeSpan.FromMinutes(1));
        await Recorder.RecordAsync(Reference("a:1", Amer) with { Locale = "en-US" }, None);

        Assert.Equal(Amer, (await Store.FindConversationAsync("a:1", None))!.ServiceUrl);
        var subscription = await Store.FindSubscriptionAsync(SubscriberId, None);
        Assert.Equal(DigestTargets.For(Reference("a:1", Amer)), subscription!.Target);
        Assert.Null(subscription.Target.Locale);
        Assert.Equal(Now.AddMinutes(1), subscription.UpdatedAt);
    }

    [Fact]
    public async Task RecordAsync_ParkedSubscription_TargetLeftAsItWas()
    {
        await Store.SaveSubscriptionAsync(Subscription(SubscriberId, "a:1") with { State = SubscriptionState.Parked, ParkedReason = "uninstalled" }, None);

        await Recorder.RecordAsync(Reference("a:1", Amer), None);

        Assert.Equal(Reference("a:1").ServiceUrl, (await Store.FindSubscriptionAsync(SubscriberId, None))!.Target.ServiceUrl);
    }

    [Fact]
    public async Task ForgetAsync_SubscribedConversation_ForgetsItAndParksTheSubscriptionWithTheReason()
    {
        await Store.SaveSubscriptionAsync(Subscription(SubscriberId, "a:1"), None);
        await Recorder.RecordAsync(Reference("a:1"), None);

        Time.Advance(TimeSpan.FromMinutes(1));
        await Recorder.ForgetAsync("a:1", ConversationReference.Personal, "uninstalled", None);

        Assert.Null(await Store.FindConversationAsync("a:1", None));
        var subscription = await Store.FindSubscriptionAsync(SubscriberId, None);
        Assert.Equal((SubscriptionState.Parked, "uninstalled", Now.AddMinutes(1)), (subscription!.State, subscription.ParkedReason, subscription.ParkedAt));
    }

    [Fact]
    public async Task RecordAsync_AfterForget_WritesAgainWithinTheInterval()
    {
        await Recorder.RecordAsync(Reference("a:1"), None);
        Time.Advance(TimeSpan.FromMinutes(1));
        await Recorder.ForgetAsync("a:1", ConversationReference.Personal, "removed from the conversation", None);

        Time.Advance(TimeSpan.FromMinutes(1));
        await Recorder.RecordAsync(Reference("a:1"), None);

        Assert.Equal(Reference("a:1"), await Store.FindConversationAsync("a:1", None));
    }

    private DateTimeOffset SeenAt(string conversationId)
    {
        using var connection = ((SqliteStoreBackend)Backend).Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT seen_at FROM conversation_references WHERE conversation_id = $id";
        command.Parameters.AddWithValue("$id", conversationId);
        return DateTimeOffset.Parse((string)command.ExecuteScalar()!, System.Globalization.CultureInfo.InvariantCulture);
    }
}
