using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CooperationBot.Protocol.Connector;

namespace CooperationBot.Testing.Connector;

/// <summary>
/// A self-signed server certificate for 127.0.0.1, made fresh per server, and a client handler that trusts exactly it
/// (and follows no redirect, like <see cref="ConnectorHttpHandler.CreatePrimaryHandler"/>).
/// </summary>
public static class LoopbackCertificate
{
    /// <summary>A new certificate with its private key for https on 127.0.0.1, valid for a day.</summary>
    public static X509Certificate2 Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = DateTimeOffset.UtcNow;
        using var created = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(1));
        // Through PKCS#12 so the key is usable by the TLS stack on every platform.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), password: null);
    }

    /// <summary>A handler that accepts only <paramref name="certificate"/> from the server and follows no redirect.</summary>
    public static HttpMessageHandler TrustingHandler(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var thumbprint = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, presented, _, _) =>
                    presented is not null && string.Equals(presented.GetCertHashString(HashAlgorithmName.SHA256), thumbprint, StringComparison.Ordinal),
            },
        };
    }
}
