using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CooperationBot.Bot.Storage;

/// <summary>Creates a store of the database that <c>Store:Provider</c> chooses.</summary>
internal static class StoreProvider
{
    /// <summary><typeparamref name="TPostgres"/> when the provider is postgres, else <typeparamref name="TSqlite"/>.</summary>
    public static TService Create<TService, TSqlite, TPostgres>(IServiceProvider services)
        where TService : class
        where TSqlite : TService
        where TPostgres : TService =>
        services.GetRequiredService<IOptions<StoreOptions>>().Value.UsesPostgres
            ? ActivatorUtilities.CreateInstance<TPostgres>(services)
            : ActivatorUtilities.CreateInstance<TSqlite>(services);
}
