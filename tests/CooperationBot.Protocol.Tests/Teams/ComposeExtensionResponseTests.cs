using System.Text.Json;
using System.Text.Json.Nodes;
using CooperationBot.Protocol.Teams;
using CooperationBot.Testing.Json;

namespace CooperationBot.Protocol.Tests.Teams;

public class ComposeExtensionResponseTests
{
    private static string Serialize(object value) => JsonSerializer.Serialize(value, ProtocolJson.Options);

    [Fact]
    public void Results_CardWithThumbnailPreview_SerializesTheTeamsShape()
    {
        var preview = new ThumbnailCard
        {
            Title = "125 teruggekeerd",
            Text = "Bron: Kamerbrief (21 februari 2023)",
            Tap = CardTapAction.Invoke(new JsonObject { ["itemId"] = "f1" }),
        };
        var response = ComposeExtensionResponse.Results(
            [ComposeExtensionAttachment.AdaptiveCard(new { type = "AdaptiveCard", version = "1.5" }, preview.ToAttachment())]);

        JsonAssert.Equivalent(
            """
            {"composeExtension":{"type":"result","attachmentLayout":"list","attachments":[
              {"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard","version":"1.5"},
               "preview":{"contentType":"application/vnd.microsoft.card.thumbnail",
                          "content":{"title":"125 teruggekeerd","text":"Bron: Kamerbrief (21 februari 2023)","tap":{"type":"invoke","value":{"itemId":"f1"}}}}}]}}
            """,
            Serialize(response));
    }

    [Fact]
    public void Results_None_IsAnEmptyResultList()
    {
        JsonAssert.Equivalent(
            """{"composeExtension":{"type":"result","attachmentLayout":"list","attachments":[]}}""",
            Serialize(ComposeExtensionResponse.Results([])));
    }

    [Fact]
    public void Message_Text_SerializesTypeMessageWithoutAttachments()
    {
        JsonAssert.Equivalent(
            """{"composeExtension":{"type":"message","text":"Niets gevonden."}}""",
            Serialize(ComposeExtensionResponse.Message("Niets gevonden.")));
    }

    [Fact]
    public void Deserialize_TeamsResult_ReadsTypeLayoutAndPreview()
    {
        var json = """
            {"composeExtension":{"type":"result","attachmentLayout":"list","attachments":[
              {"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard"},
               "preview":{"contentType":"application/vnd.microsoft.card.thumbnail","content":{"title":"t"}}}]}}
            """;

        var response = JsonSerializer.Deserialize<ComposeExtensionResponse>(json, ProtocolJson.Options)!;

        Assert.Equal(ComposeExtensionResult.ResultType, response.ComposeExtension.Type);
        Assert.Equal(ComposeExtensionResult.ListLayout, response.ComposeExtension.AttachmentLayout);
        var attachment = Assert.Single(response.ComposeExtension.Attachments!);
        Assert.Equal(Attachment.AdaptiveCardContentType, attachment.ContentType);
        Assert.Equal(ThumbnailCard.ContentType, attachment.Preview!.ContentType);
    }

    [Fact]
    public void ToInvokeResponse_Always200WithThisBody()
    {
        var response = ComposeExtensionResponse.Message("x");

        var invoke = response.ToInvokeResponse();

        Assert.Equal(200, invoke.Status);
        Assert.Same(response, invoke.Body);
    }
}
