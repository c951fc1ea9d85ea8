namespace CooperationBot.Host.Briefings;

/// <summary>
/// Once the server listens, logs the address briefing links use, and warns when the configured
/// <c>Bot:PublicBaseUrl</c> matches none of the addresses the bot listens on (expected behind a proxy or on App
/// Service, where the public address differs; a mistake on a developer's machine).
/// </summary>
internal sealed class BriefingBaseAddressCheck : IHostedService
{
    private readonly BriefingBaseAddress _address;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<BriefingBaseAddressCheck> _logger;

    public BriefingBaseAddressCheck(BriefingBaseAddress address, IHostApplicationLifetime lifetime, ILogger<BriefingBaseAddressCheck> logger)
    {
        _address = address;
        _lifetime = lifetime;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _lifetime.ApplicationStarted.Register(Check);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Check()
    {
        var listening = _address.Listening;
        if (listening.Count > 0 && !_address.ConfiguredIsListenedOn)
        {
            Log.BaseAddressNotListenedOn(_logger, _address.Configured.GetLeftPart(UriPartial.Authority), string.Join(", ", listening.Select(uri => uri.GetLeftPart(UriPartial.Authority))));
        }

        Log.BriefingLinksBase(_logger, _address.Current.GetLeftPart(UriPartial.Authority));
    }
}
