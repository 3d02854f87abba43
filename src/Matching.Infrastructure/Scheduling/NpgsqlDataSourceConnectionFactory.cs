using Hangfire.PostgreSql;
using Npgsql;

namespace Matching.Infrastructure.Scheduling;

/// <summary>
/// Hangfire's PostgreSQL connections come from one pooled <see cref="NpgsqlDataSource"/> of its own, owned by the
/// container. Being no connection-string factory, it also keeps the connection string out of what the storage
/// prints about itself.
/// </summary>
internal sealed class NpgsqlDataSourceConnectionFactory(string connectionString) : IConnectionFactory, IDisposable
{
    private readonly NpgsqlDataSource dataSource = new NpgsqlDataSourceBuilder(connectionString)
    {
        ConnectionStringBuilder = { ApplicationName = "matching-hangfire" },
    }.Build();

    public NpgsqlConnection GetOrCreateConnection() => dataSource.CreateConnection();

    public void Dispose() => dataSource.Dispose();
}
