using CooperationBot.Testing.Json;

namespace CooperationBot.AdaptiveCards.Tests.Elements;

public sealed class ImageTests
{
    [Fact]
    public void Serialize_UrlAltTextAndSize_WritesThem()
    {
        var image = new Image(new Uri("https://example.org/logo.png")) { AltText = "Logo", Size = ImageSize.Medium };

        JsonAssert.Equivalent(
            """{"type":"Image","url":"https://example.org/logo.png","altText":"Logo","size":"medium"}""",
            CardTestJson.Element(image));
    }
}
