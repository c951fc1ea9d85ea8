using System.Net;
using System.Text.Json.Nodes;
using CooperationBot.Bot.Digests;
using CooperationBot.Bot.Digests.Storage;
using CooperationBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CooperationBot.Tests.Digests;

/// <summary>Digest conversations with the real host (expectReplies): activities in a personal chat or a channel, replies and cards out.</summary>
internal static class DigestChat
{
    public const string ChannelId = "19:team-channel@thread.tacv2";
    public const string ChannelThread = ChannelId + ";messageid=1700000000000";

    public static string PersonalKey => DigestSubscription.PersonalKey(Activities.TenantId, "29:user-1");

    public static string ChannelKey => DigestSubscription.ChannelKey(ChannelId);

    public static IDigestStore Store(BotTestHost host) => host.Services.GetRequiredService<IDigestStore>();

    /// <summary>Posts the activity and returns its replies.</summary>
    public static async Task<JsonArray> SendAsync(BotTestHost host, JsonObject activity)
    {
        activity["deliveryMode"] = "expectReplies";
        using var response = await host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await BotTestHost.ReadRepliesAsync(response);
    }

    /// <summary>Sends a message and returns the card of its single reply.</summary>
    public static async Task<JsonObject> CardReplyAsync(BotTestHost host, JsonObject activity)
    {
        var reply = Assert.Single(await SendAsync(host, activity))!;
        return reply["attachments"]![0]!["content"]!.AsObject();
    }

    /// <summary>Sends a message and returns the text of its single reply (which has no card).</summary>
    public static async Task<string> TextReplyAsync(BotTestHost host, JsonObject activity)
    {
        var reply = Assert.Single(await SendAsync(host, activity))!;
        Assert.Null(reply["attachments"]);
        return (string)reply["text"]!;
    }

    /// <summary>A message in a Teams channel thread that @mentions the bot.</summary>
    public static JsonObject ChannelMessage(string text)
    {
        const string mention = "<at>CooperationBot</at>";
        var activity = Activities.Message($"{mention} {text}");
        activity["conversation"] = new JsonObject { ["id"] = ChannelThread, ["conversationType"] = "channel", ["tenantId"] = Activities.TenantId };
        activity["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = Activities.TenantId },
            ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" },
            ["channel"] = new JsonObject { ["id"] = ChannelId },
        };
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = Activities.BotId, ["name"] = "CooperationBot" },
            ["text"] = mention,
        });
        return activity;
    }

    /// <summary>An Action.Submit of the card's button with <paramref name="verb"/>: its data merged with <paramref name="inputs"/>.</summary>
    public static JsonObject Submit(JsonObject card, string verb, JsonObject inputs)
    {
        var button = card["actions"]!.AsArray().Single(a => (string?)a!["data"]?["verb"] == verb)!;
        var value = button["data"]!.DeepClone().AsObject();
        foreach (var (name, input) in inputs)
        {
            value[name] = input?.DeepClone();
        }

        var submit = Activities.Message(string.Empty);
        submit.Remove("text");
        submit["value"] = value;
        return submit;
    }

    /// <summary>installationUpdate with the given action (add, remove).</summary>
    public static JsonObject InstallationUpdate(string action)
    {
        var activity = Activities.Base("installationUpdate");
        activity["action"] = action;
        return activity;
    }
}
