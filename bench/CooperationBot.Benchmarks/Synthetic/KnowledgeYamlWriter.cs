using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CooperationBot.Bot.Knowledge.Loading;
using CooperationBot.Bot.Knowledge.Model;

namespace CooperationBot.Benchmarks.Synthetic;

/// <summary>
/// Writes a knowledge base as a YAML knowledge file (block style, every string double-quoted) that the bot's
/// loader reads: the model goes through the loader's own JSON settings, then each node is written as YAML.
/// </summary>
internal static class KnowledgeYamlWriter
{
    private static readonly JsonSerializerOptions ModelOptions = new(KnowledgeJson.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly JsonSerializerOptions ScalarOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(KnowledgeBase knowledge, TextWriter writer, string header)
    {
        foreach (var line in header.Split('\n'))
        {
            writer.Write("# ");
            writer.WriteLine(line);
        }

        writer.WriteLine();
        var root = JsonSerializer.SerializeToNode(knowledge, ModelOptions)!.AsObject();
        WriteObject(root, writer, 0, firstPrefix: null);
    }

    private static void WriteObject(JsonObject json, TextWriter writer, int indent, string? firstPrefix)
    {
        var first = true;
        foreach (var (key, value) in json)
        {
            writer.Write(first && firstPrefix is not null ? firstPrefix : new string(' ', indent));
            first = false;
            writer.Write(key);
            writer.Write(':');
            WriteValue(value, writer, indent);
        }
    }

    private static void WriteValue(JsonNode? value, TextWriter writer, int indent)
    {
        switch (value)
        {
            case JsonObject { Count: > 0 } child:
                writer.WriteLine();
                WriteObject(child, writer, indent + 2, firstPrefix: null);
                break;
            case JsonArray { Count: > 0 } array:
                writer.WriteLine();
                foreach (var item in array)
                {
                    if (item is JsonObject { Count: > 0 } element)
                    {
                        WriteObject(element, writer, indent + 4, new string(' ', indent + 2) + "- ");
                    }
                    else
                    {
                        writer.Write(new string(' ', indent + 2) + "-");
                        WriteValue(item, writer, indent + 2);
                    }
                }

                break;
            case JsonObject:
                writer.WriteLine(" {}");
                break;
            case JsonArray:
                writer.WriteLine(" []");
                break;
            default:
                writer.Write(' ');
                writer.WriteLine(Scalar(value));
                break;
        }
    }

    private static string Scalar(JsonNode? value) => value?.GetValueKind() switch
    {
        JsonValueKind.String => JsonSerializer.Serialize(value.GetValue<string>(), ScalarOptions),
        JsonValueKind.Number => value.ToJsonString(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };
}
