using System.Text.Json.Nodes;
using CooperationBot.Tests.Infrastructure;

namespace CooperationBot.Tests.Security;

/// <summary>
/// Security case 22: a valid token does not vouch for the body's tenant, so the tenant allowlist reads
/// channelData.tenant.id and nothing else (not conversation.tenantId, not a token claim).
/// </summary>
public sealed class TenantTests
{
    private const string OtherTenant = "0badc0de-0000-0000-0000-000000000666";

    // Case 22
    [Fact]
    public async Task PostActivity_ChannelDataTenantNotAllowedWhileConversationTenantIs_Returns401()
    {
        await using var bot = await StartWithAllowlistAsync();
        var activity = bot.Message();
        activity["channelData"]!["tenant"]!["id"] = OtherTenant;

        await bot.AssertRejectedAsync(activity, bot.Header(t => t.Claims["tid"] = Activities.TenantId));
    }

    // Case 22: no channelData tenant at all.
    [Theory]
    [InlineData("{}")]
    [InlineData("{\"tenant\":{}}")]
    [InlineData("{\"tenant\":\"" + Activities.TenantId + "\"}")]
    [InlineData("{\"tenant\":{\"id\":5}}")]
    public async Task PostActivity_ChannelDataWithoutTenantId_Returns401(string channelData)
    {
        await using var bot = await StartWithAllowlistAsync();
        var activity = bot.Message();
        activity["channelData"] = JsonNode.Parse(channelData);

        await bot.AssertRejectedAsync(activity, bot.Header());
    }

    // Case 22 (control): an allowed channelData tenant passes, whatever conversation.tenantId says.
    [Fact]
    public async Task PostActivity_ChannelDataTenantAllowed_Returns200()
    {
        await using var bot = await StartWithAllowlistAsync();
        var activity = bot.Message();
        activity["conversation"]!["tenantId"] = OtherTenant;

        await bot.AssertAcceptedAsync(activity, bot.Header());
    }

    private static Task<SecureBot> StartWithAllowlistAsync() =>
        SecureBot.StartAsync(o => o.Settings["Bot:AllowedTenants:0"] = Activities.TenantId);
}
