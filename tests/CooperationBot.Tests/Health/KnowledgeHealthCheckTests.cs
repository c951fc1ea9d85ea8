using CooperationBot.Bot.Knowledge.Hosting;
using CooperationBot.Host.Health;
using CooperationBot.Testing;
using CooperationBot.Testing.Knowledge;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CooperationBot.Tests.Health;

/// <summary>
/// The knowledge check on the real knowledge provider. A running host never serves without valid knowledge (start-up
/// stops first), so the unloadable case is checked on the provider alone.
/// </summary>
public sealed class KnowledgeHealthCheckTests
{
    private static ServiceProvider Services(string knowledgePath)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Knowledge:Path"] = knowledgePath, ["Knowledge:Watch"] = "false" })
            .Build();
        return new ServiceCollection().AddLogging().AddKnowledge(configuration).BuildServiceProvider();
    }

    private static async Task<HealthCheckResult> CheckAsync(string knowledgePath)
    {
        await using var services = Services(knowledgePath);
        return await new KnowledgeHealthCheck(services).CheckHealthAsync(new HealthCheckContext());
    }

    [Fact]
    public async Task CheckHealthAsync_ValidKnowledge_HealthyWithVersion()
    {
        using var folder = TempKnowledgeFolder.CopyOf(Path.Combine(RepositoryRoot.Directory.FullName, "knowledge"));

        var result = await CheckAsync(folder.KnowledgePath);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.StartsWith("Version ", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckHealthAsync_KnowledgeFileInvalid_UnhealthyNamingTheErrors()
    {
        using var folder = TempKnowledgeFolder.CopyOf(Path.Combine(RepositoryRoot.Directory.FullName, "knowledge"));
        folder.Write("facts: [this is not the schema\n");

        var result = await CheckAsync(folder.KnowledgePath);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("not valid", result.Description, StringComparison.Ordinal);
        Assert.Null(result.Exception);
    }

    [Fact]
    public async Task CheckHealthAsync_LaterEditRejected_DegradedStillServing()
    {
        using var folder = TempKnowledgeFolder.CopyOf(Path.Combine(RepositoryRoot.Directory.FullName, "knowledge"));
        await using var services = Services(folder.KnowledgePath);
        var source = services.GetRequiredService<KnowledgeFileSource>();
        folder.Write("facts: [this is not the schema\n");
        source.Reload();

        var result = await new KnowledgeHealthCheck(services).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Degraded, result.Status);
        Assert.Contains(source.Current.Version, result.Description, StringComparison.Ordinal);
    }
}
