using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Matching.IntegrationTests.Security;

/// <summary>
/// Every operation of the OpenAPI document gets malformed input (broken and mistyped JSON, huge strings, deep
/// nesting, odd ids and query values) and none may answer 5xx: a 500 on input is a bug.
/// </summary>
[Collection(ApiSurface.Collection)]
public sealed class MalformedInputTests(ApiSurface api)
{
    private static readonly string Huge = new('가', 100_000);

    private static readonly string[] OddValues =
    [
        "not-a-guid", "0", "-1", "99999999999999999999999", "2024-13-45", "' OR 1=1 --", "%00", "..%2F..%2Fetc", "<script>x</script>",
        "NaN", "true", new string('9', 5_000),
    ];

    [Fact]
    public async Task No_operation_answers_5xx_to_malformed_input()
    {
        // An admin of its own: the sweep also signs out, which must not end the other tests' sessions.
        var client = await api.Factory.LoginAsync();
        var failures = new List<string>();
        var sent = 0;
        foreach (var op in api.Operations.OrderBy(o => o.Path == "/auth/logout"))
        {
            var url = api.Url(op);
            foreach (var (label, request) in Requests(op, url))
            {
                using (request)
                {
                    using var response = await client.SendAsync(request);
                    sent++;
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{op.Key} [{label}] {request.RequestUri}: {(int)response.StatusCode} {Truncate(await response.Content.ReadAsStringAsync())}");
                    }
                }
            }
        }

        Assert.True(sent > 500, $"only {sent} requests were sent");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} malformed requests answered 5xx:\n" + string.Join("\n", failures));
    }

    private IEnumerable<(string Label, HttpRequestMessage Request)> Requests(Operation op, string url)
    {
        var method = new HttpMethod(op.Method);
        if (op.Method is "POST" or "PUT" or "PATCH")
        {
            foreach (var (label, body) in Bodies(op))
            {
                var content = new ByteArrayContent(body);
                content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(op.BodyType) { CharSet = "utf-8" };
                yield return (label, new HttpRequestMessage(method, url) { Content = content });
            }
        }

        // One path parameter at a time, the others left real.
        foreach (var name in op.PathParameters)
        {
            var segments = op.Path.Split('/');
            var index = Array.IndexOf(segments, "{" + name + "}");
            foreach (var odd in OddValues)
            {
                var parts = url.Split('/');
                parts[index] = Uri.EscapeDataString(odd);
                yield return ($"path {name}", WithBody(new HttpRequestMessage(method, string.Join('/', parts)), op));
            }
        }

        foreach (var name in op.QueryParameters)
        {
            foreach (var odd in OddValues.Append(Huge[..2_000]))
            {
                yield return ($"query {name}", WithBody(new HttpRequestMessage(method, $"{url}?{name}={Uri.EscapeDataString(odd)}"), op));
            }
        }

        // A query string nobody asked for, repeated keys and all.
        yield return ("stray query", WithBody(new HttpRequestMessage(method, url + "?skip=1&skip=2&take=&top=x&from=&to=yesterday&x=%ff%fe"), op));
    }

    private static HttpRequestMessage WithBody(HttpRequestMessage request, Operation op)
    {
        if (op.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent(op.BodyType == "application/json" ? "{}" : "", Encoding.UTF8, op.BodyType);
        }

        return request;
    }

    private IEnumerable<(string Label, byte[] Body)> Bodies(Operation op)
    {
        yield return ("broken json", Utf8("{\"name\": "));
        yield return ("not json", Utf8("<xml/>"));
        yield return ("array", Utf8("[1, 2, 3]"));
        yield return ("string", Utf8("\"text\""));
        yield return ("number", Utf8("12345"));
        yield return ("null", Utf8("null"));
        yield return ("empty", []);
        yield return ("deep arrays", Utf8(new string('[', 10_000) + new string(']', 10_000)));
        yield return ("deep objects", Utf8(string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000)));
        yield return ("invalid utf-8", [.. Utf8("{\"name\": \""), 0xC3, 0x28, 0xFF, .. Utf8("\"}")]);
        var properties = Properties(op.Body);
        if (properties.Count > 0)
        {
            yield return ("wrong types", Utf8(new JsonObject(properties.Select(p => KeyValuePair.Create(p.Name, WrongType(p.Schema)))).ToJsonString()));
            yield return ("huge strings", Utf8(new JsonObject(properties.Select(p => KeyValuePair.Create(p.Name, (JsonNode?)JsonValue.Create(Huge)))).ToJsonString()));
            yield return ("huge numbers", Utf8("{" + string.Join(",", properties.Select(p => $"\"{p.Name}\": 1e400")) + "}"));
        }
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The body schema's properties, through its $ref.</summary>
    private List<(string Name, JsonElement Schema)> Properties(JsonElement? schema)
    {
        if (schema is not { } s)
        {
            return [];
        }

        if (s.TryGetProperty("$ref", out var reference))
        {
            s = api.Document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        }

        return s.TryGetProperty("properties", out var properties) ? properties.EnumerateObject().Select(p => (p.Name, p.Value)).ToList() : [];
    }

    /// <summary>A value of another JSON type than the property's: numbers for strings, text for numbers, and so on.</summary>
    private static JsonNode? WrongType(JsonElement schema)
    {
        var text = schema.ToString();
        return text.Contains("\"string\"", StringComparison.Ordinal) ? JsonValue.Create(12345)
            : text.Contains("\"integer\"", StringComparison.Ordinal) || text.Contains("\"number\"", StringComparison.Ordinal) ? JsonValue.Create("열두")
            : text.Contains("\"boolean\"", StringComparison.Ordinal) ? JsonValue.Create("yes")
            : text.Contains("\"array\"", StringComparison.Ordinal) ? new JsonObject { ["x"] = 1 }
            : JsonValue.Create("text");
    }

    private static string Truncate(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
