using System.Net;
using CooperationBot.Host.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace CooperationBot.Host.Briefings;

/// <summary>
/// The address briefing links start with. Outside Development it is <see cref="BotOptions.PublicBaseUrl"/>. In
/// Development a loopback <c>PublicBaseUrl</c> that the bot does not listen on (e.g. the default port after
/// <c>--urls http://127.0.0.1:4021</c>) gives way to the first address the bot does listen on; a public one (a dev
/// tunnel) is kept. Read after the server has started: only then are its addresses known.
/// </summary>
public sealed class BriefingBaseAddress
{
    private readonly IServer _server;
    private readonly IHostEnvironment _environment;
    private readonly IOptions<BotOptions> _options;

    public BriefingBaseAddress(IServer server, IHostEnvironment environment, IOptions<BotOptions> options)
    {
        _server = server;
        _environment = environment;
        _options = options;
    }

    /// <summary>The configured <see cref="BotOptions.PublicBaseUrl"/>.</summary>
    public Uri Configured => new(_options.Value.PublicBaseUrl);

    /// <summary>The addresses the server listens on (empty before it has started).</summary>
    public IReadOnlyList<Uri> Listening =>
        [.. (_server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []).Select(ToUri).OfType<Uri>()];

    /// <summary>True when the configured address's host and port match an address the bot listens on.</summary>
    public bool ConfiguredIsListenedOn => Matches(Configured, Listening);

    /// <summary>The base address for links now.</summary>
    public Uri Current
    {
        get
        {
            var configured = Configured;
            if (!_environment.IsDevelopment() || !IsLoopback(configured.Host))
            {
                return configured;
            }

            var listening = Listening;
            return Matches(configured, listening) || listening.Count == 0 ? configured : listening[0];
        }
    }

    private static bool Matches(Uri configured, IReadOnlyList<Uri> listening) =>
        listening.Any(address => address.Port == configured.Port && SameHost(address.Host, configured.Host));

    private static bool SameHost(string listening, string configured) =>
        string.Equals(listening, configured, StringComparison.OrdinalIgnoreCase)
        || (IsLoopback(listening) && IsLoopback(configured));

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>A listening address as a browser would use it: a wildcard host (0.0.0.0, [::], +, *) becomes localhost.</summary>
    private static Uri? ToUri(string address)
    {
        var normalised = address
            .Replace("://+:", "://localhost:", StringComparison.Ordinal)
            .Replace("://*:", "://localhost:", StringComparison.Ordinal)
            .Replace("://0.0.0.0:", "://localhost:", StringComparison.Ordinal)
            .Replace("://[::]:", "://localhost:", StringComparison.Ordinal);
        return Uri.TryCreate(normalised, UriKind.Absolute, out var uri) ? uri : null;
    }
}
