using System.Net;
using System.Text.Json.Nodes;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Endpoints;

/// <summary>
/// Cards through the real host carry their lead as the message text (what Teams shows in the notification, the chat
/// list and to a screen reader), the same as the card's fallbackText and speak, and not repeated on the card.
/// </summary>
public class CardMessageTextTests
{
    [Theory]
    [InlineData("hulp", "Ik help medewerkers van Justitie en Veiligheid met het migratiepartnerschap tussen Nederland en Marokko.")]
    [InlineData("bezoeken", "1 bezoek in mijn kennis, nieuwste eerst.")]
    [InlineData("bezoek Marokko", "Kennismakingsbezoek aan de Marokkaanse minister Laftit van Binnenlandse Zaken")]
    [InlineData("bezoek Atlantis", "Ik vond geen bezoek bij 'Atlantis' in mijn kennis, en ik gok niet.")]
    [InlineData("digest status", "U bent niet aangemeld.")]
    [InlineData("curator rapport", "Dit overzicht is alleen voor de beheerders van de kennisbank.")]
    public async Task Post_Command_MessageTextIsTheCardsLeadAndTheCardDoesNotRepeatIt(string command, string lead)
    {
        await using var host = await BotTestHost.StartAsync();

        using var response = await host.PostActivityAsync(Activities.Message(command, locale: "nl-NL"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await BotTestHost.ReadRepliesAsync(response))!;
        var text = (string?)reply["text"];
        Assert.StartsWith(lead, text, StringComparison.Ordinal);
        Assert.Equal("plain", (string?)reply["textFormat"]);
        var card = reply["attachments"]![0]!["content"]!.AsObject();
        Assert.Equal(text, (string?)card["fallbackText"]);
        Assert.Equal(text, (string?)card["speak"]);
        Assert.DoesNotContain(Texts(card["body"]), t => t == text);
    }

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonArray array => array.SelectMany(Texts),
        JsonObject element => element.Select(p => p.Key == "text" && p.Value is JsonValue value ? [(string)value!] : Texts(p.Value)).SelectMany(t => t),
        _ => [],
    };
}
