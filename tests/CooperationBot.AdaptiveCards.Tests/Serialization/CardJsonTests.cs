using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CooperationBot.Protocol;
using CooperationBot.Testing.Json;

namespace CooperationBot.AdaptiveCards.Tests.Serialization;

public sealed class CardJsonTests
{
    public static TheoryData<string> OptionSets => [.. Options.Keys];

    private static readonly Dictionary<string, JsonSerializerOptions> Options = new()
    {
        ["general defaults"] = new JsonSerializerOptions(),
        ["web defaults"] = new JsonSerializerOptions(JsonSerializerDefaults.Web),
        ["protocol"] = ProtocolJson.Options,
        ["hostile"] = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseUpper,
            DictionaryKeyPolicy = JsonNamingPolicy.KebabCaseUpper,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            IgnoreReadOnlyProperties = true,
            NumberHandling = JsonNumberHandling.WriteAsString,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper) },
        },
        ["write default values away"] = new JsonSerializerOptions { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault },
    };

    [Theory]
    [MemberData(nameof(OptionSets))]
    public void Serialize_AnyOptions_SameJsonAsToJson(string optionSet)
    {
        var card = KitchenSinkCard.Create();

        var json = JsonSerializer.Serialize(card, Options[optionSet]);

        JsonAssert.Equivalent(card.ToJson(), json);
    }

    [Fact]
    public void Serialize_CardAsAttachmentContent_WritesTypesInNestedLists()
    {
        var card = new AdaptiveCard
        {
            Body = [new Container { Items = [new ColumnSet { Columns = [new Column { Items = [new TextBlock("x")] }] }] }],
            Actions = [new ShowCardAction(new AdaptiveCard { Actions = [new SubmitAction()] })],
        };
        var activity = new Activity { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(card)] };

        var content = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!["attachments"]![0]!["content"]!;

        Assert.Equal("AdaptiveCard", (string?)content["type"]);
        Assert.Equal("Container", (string?)content["body"]![0]!["type"]);
        Assert.Equal("ColumnSet", (string?)content["body"]![0]!["items"]![0]!["type"]);
        Assert.Equal("Column", (string?)content["body"]![0]!["items"]![0]!["columns"]![0]!["type"]);
        Assert.Equal("TextBlock", (string?)content["body"]![0]!["items"]![0]!["columns"]![0]!["items"]![0]!["type"]);
        Assert.Equal("Action.Submit", (string?)content["actions"]![0]!["card"]!["actions"]![0]!["type"]);
        JsonAssert.Equivalent(card.ToJson(), content.ToJsonString());
    }

    [Fact]
    public void Serialize_ElementAsConcreteTypeOrObject_StillWritesType()
    {
        var block = new TextBlock("los");
        var expected = """{"type":"TextBlock","text":"los"}""";

        JsonAssert.Equivalent(expected, JsonSerializer.Serialize(block));
        JsonAssert.Equivalent(expected, JsonSerializer.Serialize<object>(block, JsonSerializerOptions.Web));
    }

    [Fact]
    public void Options_ReadOnly_CannotBeChanged()
    {
        Assert.True(CardJson.Options.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => CardJson.IndentedOptions.WriteIndented = false);
    }
}
