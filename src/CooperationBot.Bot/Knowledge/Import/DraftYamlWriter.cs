using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CooperationBot.Bot.Knowledge.Loading;

namespace CooperationBot.Bot.Knowledge.Import;

/// <summary>
/// Writes an import as a knowledge file in YAML (the knowledge schema): a header on what drafts are and the repairs
/// made, every text double-quoted, short mappings on one line, a comment on each person and organisation saying
/// whether the main knowledge file already has it, and the import's note (<see cref="KnowledgeImport.Notes"/>) as a
/// comment above its fact or figure.
/// </summary>
public static class DraftYamlWriter
{
    private const int FlowLimit = 100;

    private static readonly JsonSerializerOptions Options = new(KnowledgeJson.Options)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(KnowledgeImport import, string documentName)
    {
        ArgumentNullException.ThrowIfNull(import);
        var yaml = new StringBuilder();
        yaml.Append("# Draft knowledge imported from ").Append(documentName).Append(" by `knowledge import`.\n")
            .Append("# Every item has status: draft: `knowledge validate` checks it, the bot never serves it. Review each item,\n")
            .Append("# add the English texts (en), set status: reviewed and move it into knowledge/knowledge.yaml (docs/curating.md).\n");
        foreach (var repair in import.Repairs)
        {
            yaml.Append("# Repaired at ").Append(repair.Line).Append(':').Append(repair.Column).Append(": '")
                .Append(repair.Damaged).Append("' -> '").Append(repair.Repaired ?? "(lost: retype from the original)").Append("'\n");
        }

        var root = JsonSerializer.SerializeToNode(import.Drafts, Options)!.AsObject();
        foreach (var (name, value) in root)
        {
            yaml.Append('\n');
            WriteEntry(yaml, name, value, 0, Comment(import, name));
        }

        return yaml.ToString();
    }

    private static Func<JsonObject, string?>? Comment(KnowledgeImport import, string list) => list switch
    {
        "people" or "organisations" => item => import.KnownIds.Contains((string)item["id"]!)
            ? "known: the knowledge file has this id already; keep that entry and drop this one when merging"
            : "NEW candidate: not in the knowledge file; check the name and role",
        "facts" or "figures" => item => import.Notes.GetValueOrDefault((string)item["id"]!),
        _ => null,
    };

    private static void WriteEntry(StringBuilder yaml, string key, JsonNode? value, int indent, Func<JsonObject, string?>? comment = null)
    {
        var pad = new string(' ', indent);
        if (Flow(value) is { } flow)
        {
            yaml.Append(pad).Append(key).Append(": ").Append(flow).Append('\n');
            return;
        }

        yaml.Append(pad).Append(key).Append(":\n");
        switch (value)
        {
            case JsonObject mapping:
                WriteMapping(yaml, mapping, indent + 2, indent + 2);
                break;
            case JsonArray list:
                foreach (var item in list)
                {
                    if (item is JsonObject itemMapping && comment?.Invoke(itemMapping) is { } text)
                    {
                        yaml.Append(pad).Append("  # ").Append(text).Append('\n');
                    }

                    yaml.Append(pad).Append("  - ");
                    if (item is JsonObject objectItem)
                    {
                        WriteMapping(yaml, objectItem, 0, indent + 4);
                    }
                    else
                    {
                        yaml.Append(Flow(item) ?? Scalar(item)).Append('\n');
                    }
                }

                break;
        }
    }

    /// <summary>Writes a mapping; its first key at <paramref name="firstIndent"/> (0 after a list dash), the others at <paramref name="indent"/>.</summary>
    private static void WriteMapping(StringBuilder yaml, JsonObject mapping, int firstIndent, int indent)
    {
        var first = true;
        foreach (var (key, value) in mapping)
        {
            if (value is JsonArray { Count: 0 })
            {
                continue;
            }

            var entry = new StringBuilder();
            WriteEntry(entry, key, value, indent);
            yaml.Append(first ? entry.ToString()[(indent - firstIndent)..] : entry.ToString());
            first = false;
        }
    }

    /// <summary>The one-line form of a scalar, a list of scalars, or a small mapping of scalars; null when it needs lines.</summary>
    private static string? Flow(JsonNode? node)
    {
        var flow = node switch
        {
            JsonObject mapping when mapping.All(entry => entry.Value is JsonValue) =>
                "{ " + string.Join(", ", mapping.Select(entry => entry.Key + ": " + Scalar(entry.Value))) + " }",
            JsonArray list when list.All(item => item is JsonValue) => "[" + string.Join(", ", list.Select(Scalar)) + "]",
            JsonObject or JsonArray => null,
            _ => Scalar(node),
        };
        return flow is not null && (node is JsonValue || flow.Length <= FlowLimit) ? flow : null;
    }

    private static string Scalar(JsonNode? node) => node?.ToJsonString(Options) ?? "null";
}
