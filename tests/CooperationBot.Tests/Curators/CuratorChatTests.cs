using System.Net;
using System.Text.Json.Nodes;
using CooperationBot.Host;
using CooperationBot.Testing.Cards;
using CooperationBot.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace CooperationBot.Tests.Curators;

/// <summary><c>curator report</c> / <c>curator rapport</c> through the real host: the report for curators, a polite refusal for others.</summary>
public sealed class CuratorChatTests
{
    private const string Curator = "00000000-0000-0000-0000-0000000000aa";

    private static Dictionary<string, string?> CuratorIs(string id) => new() { ["Curators:Ids:0"] = id };

    private static async Task<JsonObject> SendAsync(BotTestHost host, JsonObject activity)
    {
        using var response = await host.PostActivityAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await BotTestHost.ReadRepliesAsync(response))!;
        return reply["attachments"]![0]!["content"]!.AsObject();
    }

    /// <summary>Every string value of the card, one per line (unescaped).</summary>
    private static string TextOf(JsonNode? node) => node switch
    {
        JsonObject o => string.Join('\n', o.Select(p => TextOf(p.Value))),
        JsonArray a => string.Join('\n', a.Select(TextOf)),
        JsonValue v when v.TryGetValue(out string? s) => s,
        _ => string.Empty,
    };

    [Fact]
    public async Task CuratorRapport_FromACurator_AnswersTheReportCardWithTheUnansweredQuestion()
    {
        await using var host = await BotTestHost.StartAsync(CuratorIs(Curator.ToUpperInvariant()));
        await SendAsync(host, Activities.Message("Wat is de hoofdstad van Frankrijk?"));
        await SendAsync(host, Activities.Message("Wat is de hoofdstad van Frankrijk"));

        var card = await SendAsync(host, Activities.Message("curator rapport"));

        var text = TextOf(card);
        Assert.Equal("Kennishiaten", (string?)card["body"]![0]!["text"]);
        Assert.Contains("2 onbeantwoorde vragen in 1 groepen en 0 duimen omlaag", text, StringComparison.Ordinal);
        Assert.Contains("2\u00D7 Wat is de hoofdstad van Frankrijk", text, StringComparison.Ordinal);
        CardSchemaValidator.AssertValid(card.ToJsonString());
    }

    [Theory]
    [InlineData("curator report", "This overview is only for the curators of the knowledge base.")]
    [InlineData("Curator Rapport", "Dit overzicht is alleen voor de beheerders van de kennisbank.")]
    public async Task CuratorReport_FromSomeoneElse_AnswersThePoliteRefusal(string command, string refusal)
    {
        await using var host = await BotTestHost.StartAsync(CuratorIs("6c3a0f3e-7a55-4f7e-9d7e-0c1d2e3f4a5b"));
        await SendAsync(host, Activities.Message("Wat is de hoofdstad van Frankrijk?"));

        var card = await SendAsync(host, Activities.Message(command));

        var text = TextOf(card);
        Assert.Contains(refusal, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Frankrijk", text, StringComparison.Ordinal);
        CardSchemaValidator.AssertValid(card.ToJsonString());
    }

    [Fact]
    public async Task CuratorReport_WithoutAnEntraObjectId_AnswersTheRefusal()
    {
        await using var host = await BotTestHost.StartAsync(CuratorIs(Curator));
        var message = Activities.Message("curator report");
        message["from"]!.AsObject().Remove("aadObjectId");

        var card = await SendAsync(host, message);

        Assert.Contains("This overview is only for the curators", TextOf(card), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Curators:Ids:0", "jan@example.org", "Curators:Ids:0")]
    [InlineData("Curators:RetentionDays", "0", "Curators:RetentionDays")]
    [InlineData("Curators:RetentionDays", "3651", "Curators:RetentionDays")]
    public async Task TryValidateConfiguration_BadCuratorSetting_ReturnsFalseNamingIt(string key, string value, string named)
    {
        await using var app = BotHost.Build(
            ["--environment", "Development"],
            builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Store"] = $"Data Source={Path.Combine(Path.GetTempPath(), $"cooperationbot-test-{Guid.NewGuid():N}.db")};Pooling=False",
                [key] = value,
            }));
        using var error = new StringWriter();

        Assert.False(BotHost.TryValidateConfiguration(app, error));
        Assert.Contains(named, error.ToString(), StringComparison.Ordinal);
    }
}
