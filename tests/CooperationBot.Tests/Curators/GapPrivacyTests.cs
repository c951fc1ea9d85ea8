using System.Net;
using System.Text.Json.Nodes;
using CooperationBot.Testing.Connector;
using CooperationBot.Testing.Storage;
using CooperationBot.Tests.Infrastructure;
using Npgsql;

namespace CooperationBot.Tests.Curators;

/// <summary>
/// The privacy rule of the curators' loop, on both store providers: a refused question, a thumbs-down and a partly
/// known question (with its missing part) from a user with a full Teams identity are recorded, and no value of that
/// identity is in any stored row of the tables that hold questions (answers, feedback, knowledge_gaps), read with
/// plain SQL.
/// </summary>
public sealed class GapPrivacyTests
{
    private const string UserId = "29:1PrivacyUserIdZx81";
    private const string UserName = "Jantje Geheimhouder";
    private const string AadObjectId = "4b7e2c1a-9d3f-4e6b-8a2c-5f1e0d9c8b7a";
    private const string ConversationId = "a:1PrivacyConversationQw42";
    private const string TenantId = "d2c4e6f8-1a3b-4c5d-9e7f-0a1b2c3d4e5f";
    private const string ActivityId = "1PrivacyActivityRt77";
    private const string Question = "Wat is de hoofdstad van Frankrijk?";
    private const string PartlyKnownQuestion = "Hoeveel vrouwen keerden terug naar Marokko?";
    private static readonly string[] Tables = ["answers", "feedback", "knowledge_gaps"];

    [Fact]
    public async Task RecordedGaps_Sqlite_HoldNoIdentity()
    {
        using var database = new TempDatabase();

        var rows = await RecordAndReadAsync(
            new() { ["ConnectionStrings:Store"] = database.ConnectionString },
            async table =>
            {
                await using var connection = database.Open();
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM {table}";
                return await ReadAsync(await command.ExecuteReaderAsync());
            });

        AssertNoIdentity(rows);
    }

    [Fact]
    public async Task RecordedGaps_Postgres_HoldNoIdentity()
    {
        await using var database = await TempPostgresDatabase.CreateAsync();

        var rows = await RecordAndReadAsync(
            new() { ["Store:Provider"] = "postgres", ["ConnectionStrings:Store"] = database.ConnectionString },
            async table =>
            {
                await using var connection = await database.OpenAsync();
                await using var command = new NpgsqlCommand($"SELECT * FROM {table}", connection);
                return await ReadAsync(await command.ExecuteReaderAsync());
            });

        AssertNoIdentity(rows);
    }

    private static JsonObject WithIdentity(JsonObject activity, string serviceUrl)
    {
        activity["id"] = ActivityId;
        activity["serviceUrl"] = serviceUrl;
        activity["from"] = new JsonObject { ["id"] = UserId, ["name"] = UserName, ["aadObjectId"] = AadObjectId };
        activity["conversation"] = new JsonObject { ["id"] = ConversationId, ["conversationType"] = "personal", ["tenantId"] = TenantId };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } };
        return activity;
    }

    /// <summary>
    /// Asks a question the knowledge cannot answer, votes its answer down, asks a question the knowledge partly
    /// answers, then reads every row of <see cref="Tables"/>.
    /// </summary>
    private static async Task<Dictionary<string, List<string>>> RecordAndReadAsync(
        Dictionary<string, string?> settings, Func<string, Task<List<string>>> readTable)
    {
        await using var connector = await LoopbackConnectorServer.StartAsync();
        await using (var host = await BotTestHost.StartAsync(settings))
        {
            using (var asked = await host.PostActivityAsync(WithIdentity(Activities.Message(Question, expectReplies: false), connector.ServiceUrl)))
            {
                Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
            }

            await connector.WaitForRequestsAsync(1, TimeSpan.FromSeconds(10));
            var vote = WithIdentity(
                Activities.Invoke(
                    "message/submitAction",
                    JsonNode.Parse("""{"actionName":"feedback","actionValue":{"reaction":"dislike","feedback":"{\"feedbackText\":\"Mis dit\"}"}}""")),
                connector.ServiceUrl);
            vote["id"] = ActivityId + "-vote";
            vote["replyToId"] = "activity-1";
            using (var voted = await host.PostActivityAsync(vote))
            {
                Assert.Equal(HttpStatusCode.OK, voted.StatusCode);
            }

            var partly = WithIdentity(Activities.Message(PartlyKnownQuestion, expectReplies: false), connector.ServiceUrl);
            partly["id"] = ActivityId + "-partly";
            using (var asked = await host.PostActivityAsync(partly))
            {
                Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
            }

            await connector.WaitForRequestsAsync(2, TimeSpan.FromSeconds(10));
        }

        var rows = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in Tables)
        {
            rows[table] = await readTable(table);
        }

        return rows;
    }

    /// <summary>Each row as one line of its values (lists joined).</summary>
    private static async Task<List<string>> ReadAsync(System.Data.Common.DbDataReader reader)
    {
        await using (reader)
        {
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                var values = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i) switch
                {
                    string[] list => string.Join(",", list),
                    double[] list => string.Join(",", list),
                    var value => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
                });
                rows.Add(string.Join(" | ", values));
            }

            return rows;
        }
    }

    private static void AssertNoIdentity(Dictionary<string, List<string>> rows)
    {
        // The rows are there: each question was recorded as a gap and as an answer (the partly known one with its
        // missing part, the last column), the vote as feedback and as a gap.
        Assert.Equal(3, rows["knowledge_gaps"].Count);
        Assert.Equal(2, rows["knowledge_gaps"].Count(row => row.Contains(Question, StringComparison.Ordinal)));
        Assert.Contains(rows["knowledge_gaps"], row => row.Contains("Mis dit", StringComparison.Ordinal));
        var partly = Assert.Single(rows["knowledge_gaps"], row => row.Contains(PartlyKnownQuestion, StringComparison.Ordinal));
        Assert.Contains("PartlyKnown", partly, StringComparison.Ordinal);
        Assert.EndsWith(" | vrouwen", partly, StringComparison.Ordinal);
        Assert.Equal(2, rows["answers"].Count);
        Assert.Single(rows["feedback"]);

        string[] identity = [UserId, "PrivacyUserId", UserName, "Geheimhouder", AadObjectId, ConversationId, "PrivacyConversation", TenantId, ActivityId, "PrivacyActivity"];
        foreach (var (table, tableRows) in rows)
        {
            foreach (var row in tableRows)
            {
                foreach (var value in identity)
                {
                    Assert.False(row.Contains(value, StringComparison.OrdinalIgnoreCase), $"{table} holds '{value}': {row}");
                }
            }
        }
    }
}
