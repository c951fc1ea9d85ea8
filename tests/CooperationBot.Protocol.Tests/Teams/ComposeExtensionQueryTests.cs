using System.Text.Json;
using System.Text.Json.Nodes;
using CooperationBot.Protocol.Teams;

namespace CooperationBot.Protocol.Tests.Teams;

public class ComposeExtensionQueryTests
{
    [Fact]
    public void TryParse_TeamsQuery_ReadsCommandParametersAndPaging()
    {
        var value = JsonNode.Parse("""
            {"commandId":"searchKnowledge","parameters":[{"name":"query","value":"terugkeer"}],
             "queryOptions":{"skip":10,"count":25},"state":"s1","unknown":{"kept":"out"}}
            """);

        Assert.True(ComposeExtensionQuery.TryParse(value, out var query, out var error));

        Assert.Null(error);
        Assert.Equal("searchKnowledge", query!.CommandId);
        Assert.Equal([new ComposeExtensionParameter("query", "terugkeer")], query.Parameters);
        Assert.Equal(new ComposeExtensionQueryOptions(10, 25), query.QueryOptions);
        Assert.Equal("s1", query.State);
        Assert.Equal("terugkeer", query.ValueOf("query"));
        Assert.False(query.IsInitialRun);
    }

    [Fact]
    public void TryParse_InitialRun_IsInitialRunWithoutQueryText()
    {
        var value = JsonNode.Parse("""{"commandId":"searchKnowledge","parameters":[{"name":"initialRun","value":"true"}],"queryOptions":{"skip":0,"count":25}}""");

        Assert.True(ComposeExtensionQuery.TryParse(value, out var query, out _));

        Assert.True(query!.IsInitialRun);
        Assert.Null(query.ValueOf("query"));
    }

    [Fact]
    public void TryParse_NoParametersNoOptions_EmptyParametersAndNullOptions()
    {
        Assert.True(ComposeExtensionQuery.TryParse(JsonNode.Parse("""{"commandId":"c"}"""), out var query, out _));

        Assert.Empty(query!.Parameters);
        Assert.Null(query.QueryOptions);
        Assert.Null(query.State);
    }

    [Fact]
    public void TryParse_ParameterWithoutValue_HasNullValue()
    {
        Assert.True(ComposeExtensionQuery.TryParse(JsonNode.Parse("""{"commandId":"c","parameters":[{"name":"query"}]}"""), out var query, out _));

        Assert.Equal([new ComposeExtensionParameter("query", null)], query!.Parameters);
    }

    [Theory]
    [InlineData("null", "The invoke value must be an object.")]
    [InlineData("""[1]""", "The invoke value must be an object.")]
    [InlineData("""{"parameters":[]}""", "The query has no commandId.")]
    [InlineData("""{"commandId":"  "}""", "The query has no commandId.")]
    [InlineData("""{"commandId":7}""", "The query has no commandId.")]
    [InlineData("""{"commandId":"c","parameters":{"name":"query"}}""", "The query parameters must be an array.")]
    [InlineData("""{"commandId":"c","parameters":["query"]}""", "Each query parameter must be an object with a name.")]
    [InlineData("""{"commandId":"c","parameters":[{"value":"x"}]}""", "Each query parameter must be an object with a name.")]
    [InlineData("""{"commandId":"c","parameters":[{"name":"query","value":{"text":"x"}}]}""", "The value of query parameter 'query' must be a string.")]
    [InlineData("""{"commandId":"c","queryOptions":"all"}""", "The queryOptions must be an object.")]
    [InlineData("""{"commandId":"c","queryOptions":{"skip":-1,"count":25}}""", "The queryOptions skip and count must be whole numbers of zero or more.")]
    [InlineData("""{"commandId":"c","queryOptions":{"skip":0,"count":2.5}}""", "The queryOptions skip and count must be whole numbers of zero or more.")]
    [InlineData("""{"commandId":"c","queryOptions":{"skip":"0","count":25}}""", "The queryOptions skip and count must be whole numbers of zero or more.")]
    [InlineData("""{"commandId":"c","state":1}""", "The query state must be a string.")]
    public void TryParse_Malformed_FailsWithThePlainReason(string json, string expected)
    {
        Assert.False(ComposeExtensionQuery.TryParse(JsonNode.Parse(json), out var query, out var error));

        Assert.Null(query);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void Serialize_Query_RoundTripsThroughTheProtocolJson()
    {
        var query = new ComposeExtensionQuery("searchKnowledge", [new ComposeExtensionParameter("query", "Laftit")], new ComposeExtensionQueryOptions(0, 25));

        var json = JsonSerializer.Serialize(query, ProtocolJson.Options);

        Assert.Equal("""{"commandId":"searchKnowledge","parameters":[{"name":"query","value":"Laftit"}],"queryOptions":{"skip":0,"count":25}}""", json);
        Assert.True(ComposeExtensionQuery.TryParse(JsonNode.Parse(json), out var read, out _));
        Assert.Equal(query.Parameters, read!.Parameters);
        Assert.Equal(query.QueryOptions, read.QueryOptions);
    }
}
