using CooperationBot.Bot.Language;
using CooperationBot.Bot.Visits;
using CooperationBot.Testing.OpenAI;
using CooperationBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CooperationBot.Tests.Phrasing;

/// <summary>Visit summaries phrased by the (loopback) model: on the card and in the Word note, marked; or not at all.</summary>
public sealed class PhrasedVisitTests
{
    private const string Faithful =
        "Staatssecretaris Van der Burg bracht op 21 februari 2023 een kennismakingsbezoek aan minister Laftit in Marokko [visit]. "
        + "Zij spraken over hoe beide landen hun samenwerking op migratie kunnen versterken [visit].";

    [Fact]
    public async Task VisitMessage_FaithfulPhrasing_CardShowsTheMarkedSummary()
    {
        await using var model = await LoopbackAzureOpenAIServer.StartAsync();
        model.Enqueue(LoopbackAzureOpenAIServer.Completion(Faithful));
        await using var host = await StartAsync(model);

        var card = await CardAsync(host);

        Assert.Contains("Samengevat door AI", card, StringComparison.Ordinal);
        Assert.Contains("kennismakingsbezoek aan minister Laftit in Marokko. [1]", card, StringComparison.Ordinal);
        Assert.Contains("Van der Burg", Assert.Single(model.Requests).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VisitMessage_InventedDateAndPlace_CardWithoutPhrasing()
    {
        await using var model = await LoopbackAzureOpenAIServer.StartAsync();
        model.Enqueue(LoopbackAzureOpenAIServer.Completion("Staatssecretaris Van der Burg bezocht op 22 februari 2023 Rabat [visit]."));
        await using var host = await StartAsync(model);

        var card = await CardAsync(host);

        Assert.DoesNotContain("Samengevat door AI", card, StringComparison.Ordinal);
        Assert.Contains("Kennismakingsbezoek", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BriefingNote_FaithfulPhrasing_MarkedAsAiSection()
    {
        await using var model = await LoopbackAzureOpenAIServer.StartAsync();
        model.Enqueue(LoopbackAzureOpenAIServer.Completion(Faithful));
        await using var host = await StartAsync(model);
        var link = host.Services.GetRequiredService<IBriefingLinks>().CreateLink("bezoek-marokko-2023-02-21", UserLanguage.Dutch)!;

        using var response = await host.Client.GetAsync(link.PathAndQuery);

        var text = WordText.Read(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("Samenvatting (door AI geformuleerd)", text, StringComparison.Ordinal);
        Assert.Contains("Door AI gegenereerd uit de regels van deze notitie", text, StringComparison.Ordinal);
        Assert.Contains("minister Laftit in Marokko. [1]", text, StringComparison.Ordinal);
    }

    private static async Task<string> CardAsync(BotTestHost host)
    {
        using var response = await host.PostActivityAsync(Activities.Message("bezoek Marokko"));
        var reply = (await BotTestHost.ReadRepliesAsync(response)).Single()!;
        return reply["attachments"]![0]!["content"]!.ToJsonString();
    }

    private static Task<BotTestHost> StartAsync(LoopbackAzureOpenAIServer model) => BotTestHost.StartAsync(new Dictionary<string, string?>
    {
        ["AzureOpenAI:Endpoint"] = model.Endpoint.AbsoluteUri,
        ["AzureOpenAI:Deployment"] = "gpt-test",
        ["AzureOpenAI:ApiKey"] = "test-key",
        ["AzureOpenAI:TimeoutSeconds"] = "2",
    });
}
