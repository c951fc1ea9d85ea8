using System.Text.Json.Nodes;
using Xunit;

namespace CooperationBot.Testing.Json;

/// <summary>Assertions on JSON text that ignore formatting and property order.</summary>
public static class JsonAssert
{
    /// <summary>Fails unless both texts hold the same JSON value (property order and whitespace aside).</summary>
    public static void Equivalent(string expectedJson, string actualJson)
    {
        var expected = JsonNode.Parse(expectedJson);
        var actual = JsonNode.Parse(actualJson);
        if (!JsonNode.DeepEquals(expected, actual))
        {
            Assert.Fail(
                $"The JSON differs.{Environment.NewLine}Expected: {expected?.ToJsonString()}{Environment.NewLine}Actual:   {actual?.ToJsonString()}");
        }
    }
}
