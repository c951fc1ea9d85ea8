using System.Security.Cryptography;
using CooperationBot.Testing;
using CooperationBot.Testing.Cards;

namespace CooperationBot.AdaptiveCards.Tests.Schema;

/// <summary>Proves the validator is not vacuous: it accepts the model's cards and rejects broken ones.</summary>
public sealed class CardSchemaValidatorTests
{
    private static string Card(string body = "", string actions = "", string extra = "") => $$"""
        {"$schema":"http://adaptivecards.io/schemas/adaptive-card.json","type":"AdaptiveCard","version":"1.5",
         "body":[{{body}}],"actions":[{{actions}}]{{extra}}}
        """;

    [Fact]
    public void Validate_KitchenSinkCard_NoErrors()
    {
        CardSchemaValidator.AssertValid(KitchenSinkCard.Create());
    }

    [Fact]
    public void Validate_MinimalHandWrittenCard_NoErrors()
    {
        Assert.Empty(CardSchemaValidator.Validate(Card(body: """{"type":"TextBlock","text":"Hallo"}""")));
    }

    [Fact]
    public void Validate_TextBlockWithoutText_RequiredErrorAtElementOnly()
    {
        var errors = CardSchemaValidator.Validate(Card(body: """{"type":"TextBlock","wrap":true}"""));

        Assert.Contains(errors, e => e.InstancePath == "/body/0" && e.Keyword == "required" && e.Message.Contains("\"text\"", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Message.Contains("\"facts\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnknownElementType_Error()
    {
        var errors = CardSchemaValidator.Validate(Card(body: """{"type":"Carousel","text":"x"}"""));

        Assert.Contains(errors, e => e.InstancePath.StartsWith("/body/0", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"type":"TextBlock","text":"x","size":"huge"}""", "/body/0/size")]
    [InlineData("""{"type":"TextBlock","text":"x","spacing":"wide"}""", "/body/0/spacing")]
    [InlineData("""{"type":"Container","style":"loud","items":[]}""", "/body/0/style")]
    [InlineData("""{"type":"ActionSet","actions":[{"type":"Action.Submit","style":"danger"}]}""", "/body/0/actions/0/style")]
    public void Validate_WrongEnumValue_ErrorAtProperty(string element, string path)
    {
        var errors = CardSchemaValidator.Validate(Card(body: element));

        Assert.Contains(errors, e => e.InstancePath == path);
    }

    [Fact]
    public void Validate_UnknownTypeBesideBrokenTextBlock_OneErrorForEach()
    {
        var errors = CardSchemaValidator.Validate(Card(body: """{"type":"Carousel"},{"type":"TextBlock"}"""));

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.InstancePath == "/body/0/type" && e.Keyword == "enum");
        Assert.Contains(errors, e => e.InstancePath == "/body/1" && e.Keyword == "required" && e.Message.Contains("\"text\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnknownPropertyOnTextBlock_OnlyThatError()
    {
        var error = Assert.Single(CardSchemaValidator.Validate(Card(body: """{"type":"TextBlock","text":"x","colour":"good"}""")));

        Assert.Equal("/body/0/colour: additionalProperties: All values fail against the false schema", error.ToString());
    }

    [Fact]
    public void Validate_OpenUrlWithoutUrl_RequiredError()
    {
        var errors = CardSchemaValidator.Validate(Card(actions: """{"type":"Action.OpenUrl","title":"Open"}"""));

        Assert.Contains(errors, e => e.InstancePath == "/actions/0" && e.Keyword == "required" && e.Message.Contains("\"url\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"type":"TextBlock","text":"x","colour":"good"}""", "/body/0/colour")]
    [InlineData("""{"type":"FactSet","facts":[{"title":"a","value":"b","extra":1}]}""", "/body/0/facts/0/extra")]
    public void Validate_UnknownElementProperty_ErrorAtProperty(string element, string path)
    {
        var errors = CardSchemaValidator.Validate(Card(body: element));

        Assert.Contains(errors, e => e.InstancePath == path && e.Keyword == "additionalProperties");
    }

    [Fact]
    public void Validate_UnknownRootProperty_Error()
    {
        var errors = CardSchemaValidator.Validate(Card(extra: ""","msteamz":{"width":"Full"}"""));

        Assert.Contains(errors, e => e.InstancePath == "/msteamz");
    }

    [Fact]
    public void Validate_TeamsFullWidth_NoErrors()
    {
        Assert.Empty(CardSchemaValidator.Validate(new AdaptiveCard { MsTeams = TeamsCardProperties.FullWidth }));
    }

    [Theory]
    [InlineData("""{"width":"Half"}""", "/msteams/width")]
    [InlineData("""{"width":"Full","height":"Full"}""", "/msteams/height")]
    public void Validate_TeamsPropertiesOtherThanFullWidth_Error(string msteams, string path)
    {
        var errors = CardSchemaValidator.Validate(Card(extra: ",\"msteams\":" + msteams));

        Assert.Contains(errors, e => e.InstancePath == path);
    }

    [Fact]
    public void Validate_SchemaPropertyNotAUri_FormatError()
    {
        var json = Card().Replace("http://adaptivecards.io/schemas/adaptive-card.json", "not a uri", StringComparison.Ordinal);

        Assert.Contains(CardSchemaValidator.Validate(json), e => e.InstancePath == "/$schema" && e.Keyword == "format");
    }

    [Fact]
    public void Validate_ShowCardAsSelectAction_Error()
    {
        var card = new AdaptiveCard { Body = [new Container { SelectAction = new ShowCardAction(new AdaptiveCard()) }] };

        Assert.NotEmpty(CardSchemaValidator.Validate(card));
    }

    [Fact]
    public void Validate_InputWithoutId_Error()
    {
        var card = new AdaptiveCard { Body = [new TextInput("q") { Id = null }] };

        Assert.Contains(CardSchemaValidator.Validate(card), e => e.InstancePath == "/body/0" && e.Message.Contains("\"id\"", StringComparison.Ordinal));
    }

    [Fact]
    public void AssertValid_BrokenCard_FailsListingThePath()
    {
        var failure = Assert.ThrowsAny<Exception>(() => CardSchemaValidator.AssertValid(Card(body: """{"type":"Image"}""")));

        Assert.Contains("/body/0", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaPath_InTheRepository_FileExists()
    {
        Assert.True(File.Exists(CardSchemaValidator.SchemaPath), CardSchemaValidator.SchemaPath);
        Assert.Equal(
            Path.Combine(RepositoryRoot.Directory.FullName, "tests", "schemas", "adaptive-card-1.5.json"),
            CardSchemaValidator.SchemaPath);
    }

    [Fact]
    public void SchemaFile_ComparedWithThePublishedOne_IsUnchanged()
    {
        // The SHA-256 of schemas/1.5.0/adaptive-card.json in microsoft/AdaptiveCards (tests/schemas/README.md).
        const string Published = "32c91fb285180a266a55b3475dd0396e63fe079311714d3a14963b41f5e17920";

        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(CardSchemaValidator.SchemaPath)));

        Assert.Equal(Published, hash);
    }
}
