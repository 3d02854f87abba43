using Matching.Infrastructure.Store;
using Matching.IntegrationTests.Infrastructure;
using Matching.IntegrationTests.Scheduling;
using Microsoft.Extensions.Hosting;

namespace Matching.IntegrationTests.Store;

/// <summary>A host with the store alone, started and so migrated: on a temporary SQLite file, or a new PostgreSQL database.</summary>
public sealed class StoreHost : IAsyncDisposable
{
    private readonly TempSqlite? file;
    private readonly IHost host;

    private StoreHost(TempSqlite? file, IHost host)
    {
        this.file = file;
        this.host = host;
    }

    public IServiceProvider Services => host.Services;

    /// <param name="sqlite">A SQLite store of the caller's, which it deletes itself; by default a temporary file of the host's.</param>
    public static async Task<StoreHost> StartAsync(StoreProvider provider = StoreProvider.Sqlite, string? sqlite = null)
    {
        var file = provider == StoreProvider.Sqlite && sqlite is null ? new TempSqlite() : null;
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration["Matching:Store:Provider"] = provider.ToString();
        builder.Configuration["Matching:Store:ConnectionString"] = sqlite ?? file?.ConnectionString ?? PostgresFactAttribute.NewDatabase();
        builder.AddMatchingStore();
        var host = builder.Build();
        await host.StartAsync();
        return new StoreHost(file, host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        // Asynchronously: singletons such as the access-record writer can only be disposed so.
        await ((IAsyncDisposable)host).DisposeAsync();
        file?.Dispose();
    }
}
