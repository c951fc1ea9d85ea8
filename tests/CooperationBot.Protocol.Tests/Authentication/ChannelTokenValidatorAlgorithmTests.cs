using System.Text;
using CooperationBot.Protocol.Authentication;
using CooperationBot.Testing.Authentication;

namespace CooperationBot.Protocol.Tests.Authentication;

/// <summary>Cases 4, 5, 6 and the accepted algorithms.</summary>
public sealed class ChannelTokenValidatorAlgorithmTests : ValidatorTestBase
{
    [Theory]
    [InlineData("RS256")]
    [InlineData("RS384")]
    [InlineData("RS512")]
    public async Task ValidateAsync_ValidTokenWithRsaAlgorithm_Accepted(string algorithm)
    {
        var options = ValidToken(o => o.Algorithm = algorithm);

        var identity = AssertAccepted(await ValidateTokenAsync(options));

        Assert.Equal(ChannelTokenValidator.AuthenticationType, identity.AuthenticationType);
        Assert.True(identity.IsAuthenticated);
        Assert.Equal(ServiceUrl, identity.FindFirst("serviceurl")?.Value);
        Assert.Equal(AppId, identity.FindFirst("aud")?.Value);
    }

    [Fact]
    public async Task ValidateAsync_AlgNone_Rejected()
    {
        var options = ValidToken(o => o.Algorithm = "none");

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.AlgorithmNotAllowed);
    }

    [Fact]
    public async Task ValidateAsync_RsaHeaderWithoutSignature_Rejected()
    {
        var options = ValidToken(o => o.Tamper = TestTokenFactory.StripSignature);

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.MalformedToken);
    }

    [Fact]
    public async Task ValidateAsync_Hs256SignedWithAppPassword_Rejected()
    {
        var options = ValidToken();
        options.Algorithm = "HS256";
        options.HmacSecret = Encoding.UTF8.GetBytes("the-app-password-0123456789-abcdef");

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.AlgorithmNotAllowed);
    }

    [Fact]
    public async Task ValidateAsync_Hs256SignedWithPublicKeyBytes_Rejected()
    {
        var options = ValidToken(o => o.Algorithm = "HS256");

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.AlgorithmNotAllowed);
    }

    [Fact]
    public async Task ValidateAsync_Hs256SignedWithPublicKeyPem_Rejected()
    {
        var options = ValidToken();
        options.Algorithm = "HS256";
        options.HmacSecret = Encoding.ASCII.GetBytes(Server.DefaultKey.Rsa.ExportSubjectPublicKeyInfoPem());

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.AlgorithmNotAllowed);
    }

    [Theory]
    [InlineData("PS256")]
    [InlineData("PS512")]
    [InlineData("HS512")]
    [InlineData("ES256")]
    [InlineData("rs256")]
    [InlineData("RS1")]
    [InlineData("")]
    public async Task ValidateAsync_AlgorithmOutsideRs256To512_Rejected(string algorithm)
    {
        var options = ValidToken(o => o.Algorithm = algorithm);

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.AlgorithmNotAllowed);
    }

    [Fact]
    public async Task ValidateAsync_AlgHeaderMissing_Rejected()
    {
        var options = ValidToken(o => o.Headers["alg"] = null);

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.AlgorithmNotAllowed);
    }

    [Fact]
    public async Task ValidateAsync_Rs256HeaderOnRs512Signature_Rejected()
    {
        var options = ValidToken();
        options.Algorithm = "RS512";
        options.Tamper = token => TestTokenFactory.ReplaceHeader(token, h => h["alg"] = "RS256");

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.InvalidSignature);
    }

    [Fact]
    public async Task ValidateAsync_PayloadTamperedAfterSigning_Rejected()
    {
        var options = ValidToken(o => o.Tamper = token => TestTokenFactory.ReplacePayload(token, p => p["aud"] = "another-app"));

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.InvalidSignature);
    }

    [Fact]
    public async Task ValidateAsync_SignatureByteFlipped_Rejected()
    {
        var options = ValidToken(o => o.Tamper = token => token[..^2] + (token[^2] == 'A' ? 'B' : 'A') + token[^1]);

        AssertRejected(await ValidateTokenAsync(options), ChannelAuthFailures.InvalidSignature);
    }
}
