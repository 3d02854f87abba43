using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Matching.Cli;

public static class Commands
{
    public const string Usage = """
        matching — operator tool for the Matching API

          matching import <seekers|openings|placements> <file.ndjson|file.csv> [--errors errors.csv]
          matching import-status <jobId>
          matching stats --from 2024-01-01 --to 2024-12-31 [--year-on-year] [--out stats.csv]
          matching reindex [--no-wait]      rebuild the candidate index from the store (admin)

        Connection (options or environment):
          --url       MATCHING_URL       default http://localhost:5080
          --email     MATCHING_EMAIL     default admin@matching.local
          --password  MATCHING_PASSWORD
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, HttpMessageHandler? handler = null)
    {
        var cli = new CliArgs(args);
        if (cli.Positional.Count == 0 || cli.Has("help"))
        {
            output.WriteLine(Usage);
            return cli.Positional.Count == 0 && !cli.Has("help") ? 2 : 0;
        }

        try
        {
            using var api = await ApiClient.SignInAsync(
                cli.Get("url", "MATCHING_URL", "http://localhost:5080")!,
                cli.Get("email", "MATCHING_EMAIL", "admin@matching.local")!,
                cli.Get("password", "MATCHING_PASSWORD") ?? throw new CliException("--password (or MATCHING_PASSWORD) is required."),
                handler);
            return cli.Positional[0] switch
            {
                "import" when cli.Positional.Count == 3 => await ImportAsync(api, cli.Positional[1], cli.Positional[2], cli.Get("errors"), output),
                "import-status" when cli.Positional.Count == 2 => await StatusAsync(api, Guid.Parse(cli.Positional[1]), output),
                "stats" => await StatsAsync(api, cli, output),
                "reindex" => await ReindexAsync(api, cli.Has("no-wait"), output),
                _ => throw new CliException("Unknown command.\n" + Usage),
            };
        }
        catch (Exception e) when (e is CliException or HttpRequestException or IOException or FormatException)
        {
            error.WriteLine($"matching: {e.Message}");
            return 1;
        }
    }

    private static async Task<int> ImportAsync(ApiClient api, string kind, string file, string? errorsFile, TextWriter output)
    {
        if (!File.Exists(file))
        {
            throw new CliException($"No such file: {file}");
        }

        var mediaType = Path.GetExtension(file).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? "text/csv" : "application/x-ndjson";
        var watch = Stopwatch.StartNew();
        await using var stream = File.OpenRead(file);
        var progress = new ProgressBar(output);
        var content = new StreamContent(new ProgressStream(stream, read => progress.Show("upload", read, stream.Length, "")), 1 << 16);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        var response = await api.Http.PostAsync($"/api/import/{kind}", content);
        await ApiClient.EnsureAsync(response);
        var jobId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetGuid();
        progress.Done();
        output.WriteLine($"job {jobId}");

        JsonElement job;
        while (true)
        {
            job = await GetJobAsync(api, jobId, 0);
            var state = job.GetProperty("state").GetString();
            progress.Show("import", job.GetProperty("processed").GetInt32(), job.GetProperty("totalLines").GetInt32(),
                $"accepted {job.GetProperty("accepted").GetInt32():N0} rejected {job.GetProperty("rejected").GetInt32():N0}");
            if (state is "Completed" or "Failed")
            {
                break;
            }

            await Task.Delay(500);
        }

        progress.Done();
        var rejected = job.GetProperty("rejected").GetInt32();
        output.WriteLine($"{job.GetProperty("state").GetString()} in {watch.Elapsed.TotalSeconds:F1} s: "
            + $"{job.GetProperty("processed").GetInt32():N0} processed, {job.GetProperty("accepted").GetInt32():N0} accepted, {rejected:N0} rejected");
        if (rejected > 0)
        {
            await ReportErrorsAsync(api, jobId, errorsFile ?? file + ".errors.csv", output);
        }

        return job.GetProperty("state").GetString() == "Completed" ? 0 : 1;
    }

    private static async Task<int> StatusAsync(ApiClient api, Guid jobId, TextWriter output)
    {
        var job = await GetJobAsync(api, jobId, 20);
        output.WriteLine(JsonSerializer.Serialize(job, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        return 0;
    }

    private static async Task<int> StatsAsync(ApiClient api, CliArgs cli, TextWriter output)
    {
        var from = cli.Get("from") ?? throw new CliException("--from is required (yyyy-MM-dd).");
        var to = cli.Get("to") ?? throw new CliException("--to is required (yyyy-MM-dd).");
        var route = cli.Has("year-on-year") ? "labour-market/year-on-year" : "labour-market";
        var response = await api.Http.GetAsync($"/api/stats/{route}?from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}&format=csv");
        await ApiClient.EnsureAsync(response);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (cli.Get("out") is { } path)
        {
            // Written as received: UTF-8 with the byte-order mark Excel needs.
            await File.WriteAllBytesAsync(path, bytes);
            output.WriteLine($"wrote {path} ({bytes.Length:N0} bytes)");
        }
        else
        {
            output.Write(new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'));
        }

        return 0;
    }

    /// <summary>Starts a full rebuild (or joins the one running) and waits for it, showing what the engine holds.</summary>
    private static async Task<int> ReindexAsync(ApiClient api, bool noWait, TextWriter output)
    {
        var response = await api.Http.PostAsync("/api/index/rebuild", null);
        if (response.StatusCode != System.Net.HttpStatusCode.Conflict)
        {
            await ApiClient.EnsureAsync(response);
        }

        var state = await response.Content.ReadFromJsonAsync<JsonElement>();
        output.WriteLine(response.StatusCode == System.Net.HttpStatusCode.Conflict
            ? $"a rebuild of the {state.GetProperty("engine").GetString()} index is already running; waiting for it"
            : $"rebuilding the {state.GetProperty("engine").GetString()} index");
        var watch = Stopwatch.StartNew();
        while (!noWait)
        {
            var rebuild = state.GetProperty("rebuild");
            var phase = rebuild.GetProperty("state").GetString();
            if (phase is "Completed" or "Failed")
            {
                output.WriteLine(phase == "Completed"
                    ? $"Completed in {watch.Elapsed.TotalSeconds:F1} s: {rebuild.GetProperty("seekers").GetInt32():N0} seekers, {rebuild.GetProperty("openings").GetInt32():N0} openings"
                    : $"Failed: {rebuild.GetProperty("error").GetString()}");
                return phase == "Completed" ? 0 : 1;
            }

            await Task.Delay(1000);
            var current = await api.Http.GetAsync("/api/index");
            await ApiClient.EnsureAsync(current);
            state = await current.Content.ReadFromJsonAsync<JsonElement>();
        }

        return 0;
    }

    private static async Task ReportErrorsAsync(ApiClient api, Guid jobId, string path, TextWriter output)
    {
        await using var writer = new StreamWriter(path, false, new UTF8Encoding(true));
        await writer.WriteLineAsync("line,message");
        const int page = 10_000;
        for (var skip = 0; ; skip += page)
        {
            var errors = (await GetJobAsync(api, jobId, page, skip)).GetProperty("errors");
            foreach (var e in errors.EnumerateArray())
            {
                var message = e.GetProperty("message").GetString()!.Replace("\"", "\"\"", StringComparison.Ordinal);
                await writer.WriteLineAsync($"{e.GetProperty("line").GetInt32()},\"{message}\"");
                if (skip == 0 && errors.GetArrayLength() > 0 && e.GetProperty("line").GetInt32() == errors[0].GetProperty("line").GetInt32())
                {
                    output.WriteLine($"  first rejected line {e.GetProperty("line").GetInt32()}: {e.GetProperty("message").GetString()}");
                }
            }

            if (errors.GetArrayLength() < page)
            {
                break;
            }
        }

        output.WriteLine($"rejected lines written to {path}");
    }

    private static async Task<JsonElement> GetJobAsync(ApiClient api, Guid jobId, int errorsTake, int errorsSkip = 0)
    {
        var response = await api.Http.GetAsync($"/api/import/{jobId}?errorsTake={Math.Max(1, errorsTake)}&errorsSkip={errorsSkip}");
        await ApiClient.EnsureAsync(response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
