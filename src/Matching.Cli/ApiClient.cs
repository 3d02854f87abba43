using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Matching.Cli;

/// <summary>Signs in with <c>POST /auth/login</c> and sends the bearer token with every call.</summary>
public sealed class ApiClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public static async Task<ApiClient> SignInAsync(string url, string email, string password, HttpMessageHandler? handler = null)
    {
        var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        http.BaseAddress = new Uri(url);
        http.Timeout = Timeout.InfiniteTimeSpan;
        var response = await http.PostAsJsonAsync("/auth/login", new { email, password });
        await EnsureAsync(response);
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new ApiClient(http);
    }

    /// <summary>Throws with the ProblemDetails title and detail the API sent, in Korean.</summary>
    public static async Task EnsureAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync();
        var message = body;
        try
        {
            var problem = JsonDocument.Parse(body).RootElement;
            message = $"{Text(problem, "title")} {Text(problem, "detail")} {(problem.TryGetProperty("errors", out var e) ? e.ToString() : "")}".Trim();
        }
        catch (JsonException)
        {
        }

        throw new CliException($"{(int)response.StatusCode} {response.ReasonPhrase}: {message}");
    }

    private static string Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.ToString() : "";

    public void Dispose() => http.Dispose();
}

public sealed class CliException(string message) : Exception(message);
