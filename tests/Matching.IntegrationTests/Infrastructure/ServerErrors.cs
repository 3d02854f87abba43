using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;

namespace Matching.IntegrationTests.Infrastructure;

/// <summary>
/// The exceptions the test hosts logged, by the trace id a 500 ProblemDetails carries, so that a failing
/// assertion shows the server's own exception rather than only "An error occurred".
/// </summary>
public static partial class ServerErrors
{
    private static readonly ConcurrentDictionary<string, string> ByTrace = new();

    public static ILoggerProvider Provider { get; } = new RecordingProvider();

    /// <summary>What the server logged for the trace id named in <paramref name="responseBody"/>, or "".</summary>
    public static string For(string responseBody)
    {
        var match = TraceId().Match(responseBody);
        return match.Success && ByTrace.TryGetValue(match.Groups[1].Value, out var logged) ? $"\nserver logged: {logged}" : "";
    }

    [GeneratedRegex("\"traceId\":\"00-([0-9a-f]{32})-")]
    private static partial Regex TraceId();

    private sealed class RecordingProvider : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName);

        public void Dispose()
        {
        }
    }

    private sealed class RecordingLogger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is not null && Activity.Current is { } activity)
            {
                ByTrace[activity.TraceId.ToHexString()] = $"{category}: {formatter(state, exception)}\n{exception}";
            }
        }
    }
}
