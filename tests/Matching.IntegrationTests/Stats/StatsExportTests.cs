using System.Collections.Concurrent;
using System.Net;
using Matching.Application.Common;
using Matching.Application.Stats;
using Matching.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Matching.IntegrationTests.Stats;

/// <summary>
/// Every CSV of the tables is recorded before it is handed over: who, when, which period and why. The page's export
/// refuses to go on without a purpose; the API keeps its optional one.
/// </summary>
public sealed class StatsExportTests : IAsyncLifetime
{
    private readonly ExportLog log = new();
    private readonly MatchingApiFactory factory;

    public StatsExportTests() => factory = new MatchingApiFactory { ConfigureServices = s => s.AddSingleton<ILoggerProvider>(log) };

    [Fact]
    public async Task An_export_without_a_purpose_is_refused_in_korean_and_one_with_it_is_recorded_with_who_and_the_period()
    {
        var who = Guid.NewGuid();
        var actor = new Actor(who, Roles.Counsellor, null);
        await using var scope = factory.Services.CreateAsyncScope();
        var export = scope.ServiceProvider.GetRequiredService<ExportLabourMarket>();

        var refused = await export.ExecuteAsync(actor, new StatsExportRequest(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), false, "  "), purposeRequired: true);
        Assert.Equal(ProblemKind.Invalid, refused.Problem?.Kind);
        Assert.Equal("내려받는 목적을 입력하세요. 내려받기는 목적과 함께 기록됩니다.", Assert.Single(refused.Problem!.Errors!["purpose"]));
        Assert.Empty(log.Exports);

        var file = await export.ExecuteAsync(actor, new StatsExportRequest(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31), true, " 2025년 공시 제출 "), purposeRequired: true);
        Assert.Equal("labour-market-yoy-20240101-20241231.csv", file.Value?.FileName);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, file.Value!.Content[..3]);
        var record = Assert.Single(log.Exports);
        Assert.Contains("labour-market-yoy-20240101-20241231.csv for 2024-01-01..2024-12-31", record);
        Assert.Contains($"by user {who} (Counsellor)", record);
        Assert.EndsWith("purpose 2025년 공시 제출", record);

        // The API's CSV keeps its contract: no purpose needed, and it is recorded all the same.
        var client = await factory.LoginAsync();
        var response = await client.GetAsync("/api/stats/labour-market?from=2023-01-01&to=2023-06-30&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(log.Exports, r => r.Contains("labour-market-20230101-20230630.csv for 2023-01-01..2023-06-30", StringComparison.Ordinal)
            && r.Contains("(Admin)", StringComparison.Ordinal));
        await HttpAssert.ValidationErrorAsync(await client.GetAsync($"/api/stats/labour-market?from=2023-01-01&to=2023-06-30&format=csv&purpose={new string('가', 201)}"), "purpose");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await factory.DisposeAsync();

    /// <summary>The host's log entries of exports, as an operator reading the log would find them.</summary>
    private sealed class ExportLog : ILoggerProvider, ILogger
    {
        private readonly ConcurrentQueue<string> entries = new();

        public IReadOnlyList<string> Exports => entries.Where(e => e.StartsWith("Statistics exported", StringComparison.Ordinal)).ToList();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(formatter(state, exception));

        public void Dispose()
        {
        }
    }
}
