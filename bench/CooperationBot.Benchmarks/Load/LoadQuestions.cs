using System.Text;
using System.Text.Json;
using CooperationBot.Testing;

namespace CooperationBot.Benchmarks.Load;

/// <summary>
/// The request bodies of the load: the answering question set (tests/CooperationBot.Bot.Tests/Answering/TestData/
/// questions.tsv, Dutch and English, with typos and questions the bot must refuse) as Teams message activities with
/// <c>deliveryMode: expectReplies</c>, so the answer card comes back in the HTTP response and no connector is called.
/// Each request needs an activity id of its own (a repeated id is a channel retry, which the bot answers empty), so
/// the bodies are templates with <see cref="IdToken"/> where the id goes.
/// </summary>
internal static class LoadQuestions
{
    /// <summary>Where a body template's activity id goes.</summary>
    public const string IdToken = "@@ID@@";

    /// <summary>One body template per question, in file order.</summary>
    public static IReadOnlyList<string> Templates()
    {
        var path = Path.Combine(RepositoryRoot.Directory.FullName, "tests", "CooperationBot.Bot.Tests", "Answering", "TestData", "questions.tsv");
        var bodies = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            bodies.Add(Body(bodies.Count, fields[0], fields[1]));
        }

        return bodies;
    }

    /// <summary>A body template for one message text (English when <paramref name="language"/> is en).</summary>
    public static string Template(string language, string text) => Body(0, language, text);

    /// <summary>The body of one request: the template with a new activity id.</summary>
    public static byte[] Body(string template, long requestNumber) =>
        Encoding.UTF8.GetBytes(template.Replace(IdToken, $"load-{requestNumber}", StringComparison.Ordinal));

    private static string Body(int index, string language, string question) =>
        JsonSerializer.Serialize(new
        {
            type = "message",
            id = IdToken,
            text = question,
            locale = language == "en" ? "en-US" : "nl-NL",
            channelId = "msteams",
            serviceUrl = "http://127.0.0.1:1/",
            conversation = new { id = $"a:load-{index % 50}", conversationType = "personal", tenantId = "load-tenant" },
            from = new { id = $"29:load-user-{index % 50}", aadObjectId = "00000000-0000-0000-0000-000000000001" },
            recipient = new { id = "28:cooperationbot" },
            channelData = new { tenant = new { id = "load-tenant" } },
            deliveryMode = "expectReplies",
        });
}
