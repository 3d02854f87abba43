using System.Collections.Concurrent;
using System.Text;
using Elastic.Transport;

namespace Matching.IntegrationTests.Elasticsearch;

/// <summary>
/// Elastic.Transport's in-memory request invoker behind a script: every request the client sends is recorded
/// (method, path, body) and answered by <see cref="Answer"/>, or fails as a server that is down or too slow would.
/// Only for request shapes and failure paths: it does not search.
/// </summary>
public sealed class ScriptedElasticsearch : IRequestInvoker
{
    private readonly InMemoryRequestInvoker inner = new();
    private readonly InMemoryRequestInvoker down = new(null!, 0, new HttpRequestException("Connection refused (localhost:9200)"), null!, null!);
    private readonly InMemoryRequestInvoker slow = new(null!, 0,
        new TimeoutException("The request was canceled due to the configured HttpClient.Timeout of 5 seconds elapsing."), null!, null!);

    public enum Mode { Up, Down, Slow }

    public sealed record Call(string Method, string Path, string? Body);

    public volatile Mode State = Mode.Up;

    public ConcurrentQueue<Call> Requests { get; } = new();

    /// <summary>Answers a request: status and JSON body. The default says yes to everything with an empty object.</summary>
    public Func<Call, (int Status, string Body)> Answer { get; set; } = _ => (200, "{}");

    public ResponseFactory ResponseFactory => inner.ResponseFactory;

    public Task<TResponse> RequestAsync<TResponse>(Endpoint endpoint, BoundConfiguration configuration, PostData? postData, CancellationToken cancellationToken)
        where TResponse : TransportResponse, new() => Task.FromResult(Request<TResponse>(endpoint, configuration, postData));

    public TResponse Request<TResponse>(Endpoint endpoint, BoundConfiguration configuration, PostData? postData) where TResponse : TransportResponse, new()
    {
        var request = new Call(endpoint.Method.ToString(), endpoint.PathAndQuery, Body(postData, configuration));
        Requests.Enqueue(request);
        switch (State)
        {
            case Mode.Down:
                return down.Request<TResponse>(endpoint, configuration, postData);
            case Mode.Slow:
                return slow.Request<TResponse>(endpoint, configuration, postData);
        }

        var (status, body) = Answer(request);
        return inner.BuildResponse<TResponse>(endpoint, configuration, postData, Encoding.UTF8.GetBytes(body), status, "application/json");
    }

    public void Dispose()
    {
    }

    private static string? Body(PostData? data, BoundConfiguration configuration)
    {
        if (data is null)
        {
            return null;
        }

        using var stream = new MemoryStream();
        data.Write(stream, configuration.ConnectionSettings, false);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
