using System.Data.Common;
using System.Globalization;

namespace CooperationBot.Bot.Digests.Storage;

/// <summary>
/// A heartbeat in <c>digest_instances</c>, the same on both stores: the instance's row is refreshed, the instances not
/// seen within the live window are forgotten, the row keeps the live count the instance saw (<c>live_seen</c>), and
/// the census is read: that count and how many other instances recorded less at their last heartbeat.
/// </summary>
internal static class InstanceHeartbeat
{
    private const string Beat = """
        INSERT INTO digest_instances (owner, seen_at) VALUES ($owner, $now)
        ON CONFLICT (owner) DO UPDATE SET seen_at = excluded.seen_at;
        DELETE FROM digest_instances WHERE seen_at < $since;
        UPDATE digest_instances SET live_seen = (SELECT COUNT(*) FROM digest_instances) WHERE owner = $owner;
        """;

    private const string Census = """
        SELECT me.live_seen,
               (SELECT COUNT(*) FROM digest_instances other WHERE other.owner <> me.owner AND other.live_seen < me.live_seen)
        FROM digest_instances me WHERE me.owner = $owner
        """;

    /// <summary>
    /// Records the heartbeat of <paramref name="owner"/> and reads the census, inside the transaction the caller opened
    /// on <paramref name="connection"/> (and commits). <paramref name="lockFirst"/> is a statement run before, in the
    /// same command (PostgreSQL's table lock that makes heartbeats take turns).
    /// </summary>
    public static async Task<InstanceCensus> RecordAsync(
        DbConnection connection, ParameterStyle style, string owner, DateTimeOffset now, TimeSpan liveWindow, CancellationToken cancellationToken,
        string? lockFirst = null)
    {
        await using (var beat = connection.CreateCommand())
        {
            beat.CommandText = lockFirst + style.List(Beat);
            await beat
                .With(style.Name("owner"), owner)
                .With(style.Name("now"), StoreValues.Instant(now))
                .With(style.Name("since"), StoreValues.Instant(now - liveWindow))
                .ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var census = connection.CreateCommand();
        census.CommandText = style.List(Census);
        await using var reader = await census.With(style.Name("owner"), owner).ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return new InstanceCensus(1, 0); // Not reached: the heartbeat wrote the row in the same transaction.
        }

        var live = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
        var lagging = Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture);
        return new InstanceCensus(Math.Max(1, live), lagging);
    }
}
