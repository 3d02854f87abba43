using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Matching.IntegrationTests.Scheduling;

/// <summary>Keeps every log entry of the hosts it is given to, with its structured values.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> entries = new();

    public sealed record Entry(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Values);

    public IReadOnlyList<Entry> Entries => entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    /// <summary>Waits (up to a minute) until <paramref name="done"/> holds for the entries so far.</summary>
    public async Task<IReadOnlyList<Entry>> WaitForAsync(Func<IReadOnlyList<Entry>, bool> done, string what)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var now = Entries;
            if (done(now))
            {
                return now;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"never saw {what}; the log:\n" + string.Join('\n', now.Select(e => $"{e.Level} {e.Category}: {e.Message}")));
            }

            await Task.Delay(50);
        }
    }

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel))
            {
                return;
            }

            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.ToDictionary(p => p.Key, p => p.Value)
                : new Dictionary<string, object?>();
            entries.Enqueue(new Entry(category, logLevel, formatter(state, exception) + (exception is null ? "" : "\n" + exception), values));
        }
    }
}
