using System.Net;
using System.Text.Json.Nodes;
using CooperationBot.Bot.Storage;
using CooperationBot.Testing.Cards;
using CooperationBot.Testing.Connector;
using CooperationBot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CooperationBot.Tests.Endpoints;

/// <summary>Questions through the real host: the sourced answer, the honest refusal, question buttons and feedback.</summary>
public class AnswerEndpointTests
{
    private static JsonObject CardOf(JsonNode reply) => reply["attachments"]![0]!["content"]!.AsObject();

    private static async Task<JsonNode> AskAsync(BotTestHost host, string question, string locale = "nl-NL")
    {
        using var response = await host.PostActivityAsync(Activities.Message(question, locale: locale));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(await BotTestHost.ReadRepliesAsync(response))!;
    }

    [Fact]
    public async Task Post_ReturnQuestion_AnswersWith125SourceAndDate()
    {
        await using var host = await BotTestHost.StartAsync();

        var reply = await AskAsync(host, "Hoeveel Marokkanen zijn teruggekeerd?");

        var card = CardOf(reply);
        var json = card.ToJsonString();
        Assert.Contains("125 Marokkaanse vreemdelingen", json);
        Assert.Contains("Ministerie van Justitie en Veiligheid", json);
        Assert.Contains("21 februari 2023", json);
        CardSchemaValidator.AssertValid(json);
        Assert.Equal("Sinds de samenwerking aan het actieplan keerden 125 Marokkaanse vreemdelingen terug. [1]", (string?)reply["text"]);
        Assert.True((bool)reply["channelData"]!["feedbackLoopEnabled"]!);
        var entity = Assert.Single(reply["entities"]!.AsArray())!;
        Assert.Equal("https://schema.org/Message", (string?)entity["type"]);
        Assert.Null(entity["additionalType"]);
        var citation = Assert.Single(entity["citation"]!.AsArray())!;
        Assert.Equal(1, (int)citation["position"]!);
        Assert.Contains("125", (string?)citation["appearance"]!["abstract"]);
        Assert.StartsWith("Sinds de samenwerking aan het actieplan keerden 125 Marokkaanse vreemdelingen terug. Bron: ", (string?)card["speak"], StringComparison.Ordinal);
        Assert.Equal((string?)card["speak"], (string?)card["fallbackText"]);
    }

    [Fact]
    public async Task Post_EnglishQuestion_AnswersInEnglishMarkedAsTranslation()
    {
        await using var host = await BotTestHost.StartAsync();

        var reply = await AskAsync(host, "How many Moroccans have returned?", locale: "nl-NL");

        var json = CardOf(reply).ToJsonString();
        Assert.Contains("125 Moroccan nationals", json);
        Assert.Contains("English translation of the Dutch source text.", json);
        Assert.Contains("21 February 2023", json);
        Assert.Equal("Since cooperation under the action plan began, 125 Moroccan nationals have returned. [1]", (string?)reply["text"]);
    }

    [Theory]
    [InlineData("Wat is de hoofdstad van Frankrijk?", "Dat staat niet in mijn kennis")]
    [InlineData("Who won the football world cup?", "That is not in my knowledge")]
    public async Task Post_OutOfScopeQuestion_AnswersNotFoundCardWithTopics(string question, string heading)
    {
        await using var host = await BotTestHost.StartAsync();

        var reply = await AskAsync(host, question);

        var card = CardOf(reply);
        Assert.Equal(heading, (string?)card["body"]![0]!["text"]);
        Assert.Equal((string?)card["speak"], (string?)reply["text"]);
        Assert.DoesNotContain("[", (string?)reply["text"], StringComparison.Ordinal);
        Assert.Null(reply["entities"]);
        Assert.NotEmpty(card["actions"]!.AsArray());
        Assert.Equal("ask", (string?)card["actions"]![0]!["data"]!["verb"]);
        CardSchemaValidator.AssertValid(card.ToJsonString());
    }

    [Fact]
    public async Task Post_QuestionButton_AnswersTheButtonsQuestion()
    {
        await using var host = await BotTestHost.StartAsync();
        var submit = Activities.Message(string.Empty);
        submit.Remove("text");
        submit["value"] = new JsonObject { ["verb"] = "ask", ["question"] = "Wat is een laissez-passer?", ["lang"] = "nl" };

        using var response = await host.PostActivityAsync(submit);

        var reply = Assert.Single(await BotTestHost.ReadRepliesAsync(response))!;
        Assert.Contains("laissez-passers: reisdocumenten", CardOf(reply).ToJsonString());
    }

    [Fact]
    public async Task Feedback_OnAnAnswerSentThroughTheConnector_IsStoredWithQuestionAndItems()
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        await using var host = await BotTestHost.StartAsync();
        var question = Activities.Message("Wat is een laissez-passer?", expectReplies: false);
        question["serviceUrl"] = connector.ServiceUrl;

        using (var asked = await host.PostActivityAsync(question))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        await connector.WaitForRequestsAsync(1, TimeSpan.FromSeconds(10));
        var vote = Activities.Invoke(
            "message/submitAction",
            JsonNode.Parse("""{"actionName":"feedback","actionValue":{"reaction":"dislike","feedback":"{\"feedbackText\":\"Te kort\"}"}}"""));
        vote["replyToId"] = "activity-1";
        vote["serviceUrl"] = connector.ServiceUrl;

        using var voted = await host.PostActivityAsync(vote);

        Assert.Equal(HttpStatusCode.OK, voted.StatusCode);
        Assert.Equal(string.Empty, await voted.Content.ReadAsStringAsync());
        var stored = Assert.Single(await host.Services.GetRequiredService<IFeedbackStore>().ListFeedbackAsync(CancellationToken.None));
        Assert.Equal("dislike", stored.Reaction);
        Assert.Equal("Te kort", stored.Comment);
        Assert.Equal("Wat is een laissez-passer?", stored.Question);
        Assert.Equal("laissez-passers", stored.ItemIds[0]);
    }

    [Fact]
    public async Task Feedback_Malformed_Answers400WithAProblem()
    {
        await using var host = await BotTestHost.StartAsync();

        using var response = await host.PostActivityAsync(Activities.Invoke("message/submitAction", JsonNode.Parse("""{"actionName":"feedback","actionValue":{"reaction":"meh"}}""")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("like", await response.Content.ReadAsStringAsync());
    }
}
