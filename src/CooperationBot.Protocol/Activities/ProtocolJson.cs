using System.Text.Json;
using System.Text.Json.Serialization;

namespace CooperationBot.Protocol;

/// <summary>
/// The JSON settings of the protocol: camelCase names, nulls left out, strict about types, and no property twice in
/// one object (which copy would count is a guess two parsers may answer differently, e.g. for channelData.tenant).
/// </summary>
public static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = 64,
            AllowDuplicateProperties = false,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
