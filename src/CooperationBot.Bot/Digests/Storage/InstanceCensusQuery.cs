using System.Data.Common;
using System.Globalization;

namespace CooperationBot.Bot.Digests.Storage;

/// <summary>
/// The query both stores end a heartbeat with, inside its transaction: the live count the instance just recorded
/// (<c>live_seen</c> of its own row) and how many other instances recorded less at their last heartbeat.
/// </summary>
internal static class InstanceCensusQuery
{
    private const string Sqlite = """
        SELECT me.live_seen,
               (SELECT COUNT(*) FROM digest_instances other WHERE other.owner <> me.owner AND other.live_seen < me.live_seen)
        FROM digest_instances me WHERE me.owner = $owner
        """;

    /// <summary>The query with the owner parameter (<c>owner</c>) in <paramref name="style"/>.</summary>
    public static string Text(ParameterStyle style) => style.List(Sqlite);

    public static async Task<InstanceCensus> ReadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return new InstanceCensus(1, 0); // Not reached: the heartbeat wrote the row in the same transaction.
        }

        var live = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
        var lagging = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
        return new InstanceCensus(Math.Max(1, live), lagging);
    }
}
