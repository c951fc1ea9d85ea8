using System.Net;
using Microsoft.Extensions.Options;

namespace CooperationBot.Protocol.Connector;

/// <summary>
/// Decides whether a serviceUrl may receive the bot's token: https, no user info, and a host name on
/// <see cref="ConnectorOptions.AllowedServiceUrlHosts"/>. IP literals, loopback and http are never trusted.
/// </summary>
public sealed class ServiceUrlPolicy
{
    private readonly string[] _exactHosts;
    private readonly string[] _domainSuffixes;
    private readonly bool _trustLoopbackHttp;

    public ServiceUrlPolicy(IOptions<ConnectorOptions> options)
        : this(options.Value.AllowedServiceUrlHosts, trustLoopbackHttp: false)
    {
    }

    public ServiceUrlPolicy(IEnumerable<string> allowedHosts)
        : this(allowedHosts, trustLoopbackHttp: false)
    {
    }

    private ServiceUrlPolicy(IEnumerable<string> allowedHosts, bool trustLoopbackHttp)
    {
        ArgumentNullException.ThrowIfNull(allowedHosts);
        var hosts = allowedHosts.Select(h => h.Trim().ToLowerInvariant()).Where(h => h.Length > 0).ToArray();
        _exactHosts = [.. hosts.Where(h => !h.StartsWith("*.", StringComparison.Ordinal))];
        // "*.botframework.com" -> ".botframework.com": a subdomain must end with the dot and the domain.
        _domainSuffixes = [.. hosts.Where(h => h.StartsWith("*.", StringComparison.Ordinal)).Select(h => h[1..])];
        _trustLoopbackHttp = trustLoopbackHttp;
    }

    /// <summary>
    /// A policy that also trusts http and https URLs on 127.0.0.1, for tests against loopback servers only.
    /// Internal on purpose: no configuration can switch it on.
    /// </summary>
    internal static ServiceUrlPolicy CreateTrustingLoopbackForTesting() => new([], trustLoopbackHttp: true);

    /// <summary>True when the bot's token may be sent to <paramref name="serviceUrl"/>.</summary>
    public bool IsTrusted(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri || serviceUrl.UserInfo.Length > 0)
        {
            return false;
        }

        if (_trustLoopbackHttp && IsLoopbackIp(serviceUrl))
        {
            return serviceUrl.Scheme == Uri.UriSchemeHttp || serviceUrl.Scheme == Uri.UriSchemeHttps;
        }

        if (serviceUrl.Scheme != Uri.UriSchemeHttps || serviceUrl.HostNameType != UriHostNameType.Dns || serviceUrl.IsLoopback)
        {
            return false;
        }

        var host = serviceUrl.IdnHost.TrimEnd('.').ToLowerInvariant();
        return _exactHosts.Contains(host, StringComparer.Ordinal)
            || _domainSuffixes.Any(suffix => host.Length > suffix.Length && host.EndsWith(suffix, StringComparison.Ordinal));
    }

    private static bool IsLoopbackIp(Uri uri) =>
        uri.HostNameType is UriHostNameType.IPv4 or UriHostNameType.IPv6
        && IPAddress.TryParse(uri.DnsSafeHost, out var address)
        && IPAddress.IsLoopback(address);
}
