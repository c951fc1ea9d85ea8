using CooperationBot.Protocol.Connector;
using CooperationBot.Testing.Connector;
using Microsoft.Extensions.Options;

namespace CooperationBot.Protocol.Tests.Connector;

public sealed class ServiceUrlPolicyTests
{
    private readonly ServiceUrlPolicy _policy = new(Options.Create(new ConnectorOptions()));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://SMBA.TrafficManager.net/amer/")]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/")]
    [InlineData("https://smba.infra.gov.teams.microsoft.us/")]
    [InlineData("https://smba.infra.dod.teams.microsoft.us/")]
    [InlineData("https://europe.webchat.botframework.com/")]
    [InlineData("https://a.b.botframework.com:443/x")]
    public void IsTrusted_AllowlistedHttpsHost_True(string url) => Assert.True(_policy.IsTrusted(new Uri(url)));

    [Theory]
    [InlineData("http://smba.trafficmanager.net/emea/")]
    [InlineData("https://botframework.com/")]
    [InlineData("https://evilbotframework.com/")]
    [InlineData("https://smba.trafficmanager.net.evil.example/")]
    [InlineData("https://europe.botframework.com.evil.example/")]
    [InlineData("https://attacker.example/")]
    [InlineData("https://user:pw@smba.trafficmanager.net/")]
    [InlineData("https://127.0.0.1/")]
    [InlineData("https://52.114.0.1/")]
    [InlineData("https://[::1]/")]
    [InlineData("https://localhost/")]
    [InlineData("ftp://smba.trafficmanager.net/")]
    public void IsTrusted_OffAllowlistHttpIpOrLoopback_False(string url) => Assert.False(_policy.IsTrusted(new Uri(url)));

    [Fact]
    public void IsTrusted_ConfiguredExactHost_OnlyThatHost()
    {
        var policy = new ServiceUrlPolicy(["connector.example.org"]);

        Assert.True(policy.IsTrusted(new Uri("https://connector.example.org/")));
        Assert.False(policy.IsTrusted(new Uri("https://sub.connector.example.org/")));
        Assert.False(policy.IsTrusted(new Uri("https://smba.trafficmanager.net/")));
    }

    [Fact]
    public void IsTrusted_LoopbackTestPolicy_TrustsOnlyLoopbackIp()
    {
        var policy = LoopbackServiceUrlPolicy.Create();

        Assert.True(policy.IsTrusted(new Uri("http://127.0.0.1:5000/")));
        Assert.False(policy.IsTrusted(new Uri("http://10.0.0.1:5000/")));
        Assert.False(policy.IsTrusted(new Uri("https://smba.trafficmanager.net/")));
    }
}
