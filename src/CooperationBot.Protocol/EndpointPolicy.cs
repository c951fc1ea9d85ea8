namespace CooperationBot.Protocol;

/// <summary>
/// Where the bot may talk to identity endpoints (metadata, keys, token endpoint): absolute https URLs without user
/// info anywhere, plain http only on a loopback host (127.0.0.0/8, ::1, localhost) for tests.
/// </summary>
internal static class EndpointPolicy
{
    public static bool IsAllowed(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && IsAllowed(uri);

    public static bool IsAllowed(Uri uri) =>
        uri.IsAbsoluteUri
        && uri.UserInfo.Length == 0
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
