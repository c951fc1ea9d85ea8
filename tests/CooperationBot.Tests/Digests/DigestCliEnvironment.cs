using System.Globalization;
using CooperationBot.Bot.Storage;
using CooperationBot.Testing.Storage;

namespace CooperationBot.Tests.Digests;

/// <summary>
/// The environment variables under which the command line runs the digest on a test store: Development without an
/// app id (no token, any http connector), short leases and waits, warnings-only logs.
/// </summary>
internal static class DigestCliEnvironment
{
    public static Dictionary<string, string?> For(TempDatabase database, int maxConcurrentSends = 4, int leaseSeconds = 2, int runNowMaxWaitSeconds = 60) =>
        For(StoreOptions.Sqlite, database.ConnectionString, maxConcurrentSends, leaseSeconds, runNowMaxWaitSeconds);

    /// <summary>The same on the store of <paramref name="provider"/> (<c>Store:Provider</c>) at <paramref name="connectionString"/>.</summary>
    public static Dictionary<string, string?> For(
        string provider, string connectionString, int maxConcurrentSends = 4, int leaseSeconds = 2, int runNowMaxWaitSeconds = 60) => new(StringComparer.Ordinal)
        {
            ["Store__Provider"] = provider,
            ["ConnectionStrings__Store"] = connectionString,
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
            ["Digest__MaxConcurrentSends"] = maxConcurrentSends.ToString(CultureInfo.InvariantCulture),
            ["Digest__LeaseSeconds"] = leaseSeconds.ToString(CultureInfo.InvariantCulture),
            ["Digest__MaxMessagesPerSecond"] = "1000",
            ["Digest__RunNowMaxWaitSeconds"] = runNowMaxWaitSeconds.ToString(CultureInfo.InvariantCulture),
            ["Knowledge__Watch"] = "false",
            ["Logging__LogLevel__Default"] = "Warning",
        };
}
