using System.Text.Json.Nodes;
using CooperationBot.Bot.Knowledge.Model;
using CooperationBot.Bot.Knowledge.Yaml;

namespace CooperationBot.Bot.Knowledge.Validation;

/// <summary>
/// Lists every draft as a note (validated, never served) and requires the English translation of every text of a
/// reviewed item: only a draft may leave <c>en</c> out. References from reviewed items to drafts are
/// <see cref="ReferenceRules"/>' job.
/// </summary>
internal static class DraftRules
{
    public static void Check(KnowledgeBase knowledge, JsonNode root, DiagnosticList diagnostics)
    {
        foreach (var (list, index, item) in KnowledgeDrafts.Items(knowledge))
        {
            var pointer = JsonPointers.Item("/" + list, index);
            if (item.IsDraft())
            {
                diagnostics.Note(pointer + "/status", $"draft '{item.Id}' waits for review: it is not served until its status is reviewed");
                continue;
            }

            foreach (var untranslated in Untranslated(JsonPointers.Navigate(root, pointer), pointer))
            {
                diagnostics.Error(untranslated, "'en' is missing: a reviewed item needs the English translation of every text (only a draft may leave it out)");
            }
        }
    }

    /// <summary>The pointers of the localized texts (objects with <c>nl</c>) under <paramref name="node"/> that lack <c>en</c>.</summary>
    private static IEnumerable<string> Untranslated(JsonNode? node, string pointer)
    {
        switch (node)
        {
            case JsonObject json when json.ContainsKey("nl"):
                if (!json.ContainsKey("en"))
                {
                    yield return pointer;
                }

                break;
            case JsonObject json:
                foreach (var (name, child) in json)
                {
                    foreach (var found in Untranslated(child, JsonPointers.Property(pointer, name)))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var found in Untranslated(array[i], JsonPointers.Item(pointer, i)))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }
}
