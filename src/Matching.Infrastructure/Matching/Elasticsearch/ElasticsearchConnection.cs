using System.Text.Json;
using Elastic.Clients.Elasticsearch;
using Elastic.Transport;
using Matching.Domain.Matching;
using HttpMethod = Elastic.Transport.HttpMethod;

namespace Matching.Infrastructure.Matching.Elasticsearch;

/// <summary>An answer of the server: its status and its JSON body (an empty object when it had none).</summary>
public readonly record struct EsResponse(int Status, JsonElement Body)
{
    public bool Ok => Status is >= 200 and < 300;
}

/// <summary>
/// The official client, configured once, through which every request goes. Bodies are written by this
/// adapter (the golden files show them); a server that does not answer, answers too slowly, refuses the
/// credentials or is not Elasticsearch 9 becomes <see cref="CandidateIndexUnavailableException"/>, so callers
/// never see a transport error. Other 4xx answers are returned for the caller to judge.
/// </summary>
public sealed class ElasticsearchConnection
{
    private static readonly RequestConfiguration Ndjson = new() { ContentType = "application/x-ndjson", Accept = "application/json" };
    private readonly ElasticsearchClient client;
    private readonly string url;

    public ElasticsearchConnection(ElasticsearchOptions options, IRequestInvoker? invoker = null)
    {
        Options = options;
        Names = new IndexNames(options.IndexPrefix);
        url = options.Url ?? throw new InvalidOperationException($"{ElasticsearchOptions.SectionName}:Url is required when the engine is Elasticsearch.");
        var pool = new SingleNodePool(new Uri(url));
        var settings = (invoker is null ? new ElasticsearchClientSettings(pool) : new ElasticsearchClientSettings(pool, invoker))
            .RequestTimeout(options.RequestTimeout)
            .MaximumRetries(0); // the follower and the caller retry; one slow node must not triple the wait
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            settings = settings.Authentication(new ApiKey(options.ApiKey));
        }
        else if (!string.IsNullOrEmpty(options.Username))
        {
            settings = settings.Authentication(new BasicAuthentication(options.Username, options.Password ?? ""));
        }

        if (!string.IsNullOrEmpty(options.CertificateFingerprint))
        {
            settings = settings.CertificateFingerprint(options.CertificateFingerprint);
        }

        client = new ElasticsearchClient(settings);
    }

    public ElasticsearchOptions Options { get; }

    public IndexNames Names { get; }

    public async Task<EsResponse> SendAsync(HttpMethod method, string path, string? body, CancellationToken ct, bool ndjson = false)
    {
        var data = body is null ? null : PostData.String(body);
        var response = await client.Transport.RequestAsync<StringResponse>(new EndpointPath(method, path), data, null, ndjson ? Ndjson : null, ct);
        return Read(method, path, response);
    }

    private EsResponse Read(HttpMethod method, string path, StringResponse response)
    {
        var details = response.ApiCallDetails;
        var status = details.HttpStatusCode ?? 0;
        if (status == 0)
        {
            var reason = details.OriginalException?.Message ?? "no answer";
            throw Unavailable($"Elasticsearch at {url} did not answer {method} {path}: {reason}", details.OriginalException);
        }

        var json = string.IsNullOrWhiteSpace(response.Body) ? default : Parse(response.Body);
        if (status is 401 or 403)
        {
            throw Unavailable($"Elasticsearch at {url} refused the credentials ({status}); check {ElasticsearchOptions.SectionName}:ApiKey or Username/Password.");
        }

        if (status == 400 && ErrorType(json) == "media_type_header_exception")
        {
            throw Unavailable($"Elasticsearch at {url} is not version 9: the 9 client's compatibility headers were refused ({Reason(json)}).");
        }

        if (status >= 500 || status == 429)
        {
            throw Unavailable($"Elasticsearch at {url} failed {method} {path} ({status}): {ErrorType(json)} {Reason(json)}".TrimEnd());
        }

        return new EsResponse(status, json.ValueKind == JsonValueKind.Undefined ? Parse("{}") : json);
    }

    public Task<EsResponse> BulkAsync(string ndjson, bool refresh, CancellationToken ct) =>
        SendAsync(HttpMethod.POST, refresh ? "/_bulk?refresh=true" : "/_bulk", ndjson, ct, ndjson: true);

    /// <summary>Throws unless the answer is a success or one of <paramref name="allowed"/>.</summary>
    public static EsResponse Expect(EsResponse response, string what, params int[] allowed)
    {
        if (response.Ok || allowed.Contains(response.Status))
        {
            return response;
        }

        throw new ElasticsearchRequestException($"{what} failed ({response.Status}): {ErrorType(response.Body)} {Reason(response.Body)}".TrimEnd());
    }

    public CandidateIndexUnavailableException Unavailable(string message, Exception? inner = null) => new(message, Options.RetryAfter, inner);

    public static string? ErrorType(JsonElement body) => Field(Error(body), "type");

    public static string? Reason(JsonElement body) => Field(Error(body), "reason");

    private static JsonElement Error(JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("error", out var e) ? e : default;

    /// <summary>A string property of an error object (an answer's <c>error</c>, or a bulk item's); null when there is none.</summary>
    internal static string? Field(JsonElement error, string name) =>
        error.ValueKind == JsonValueKind.Object && error.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static JsonElement Parse(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}

/// <summary>Elasticsearch answered, but not as this adapter expects (a request it wrote is wrong, or the index is not what it made).</summary>
public sealed class ElasticsearchRequestException(string message) : Exception(message);
