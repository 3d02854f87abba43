using System.CommandLine;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Spectre.Console;

namespace Matching.Cli;

/// <summary><c>import</c>: uploads a file, follows the job with a progress display, writes the rejected lines; <c>import-status</c>.</summary>
public static class ImportCommand
{
    public static Command Create(CommandContext context)
    {
        var kind = new Argument<string>("kind") { Description = "what the file holds" };
        kind.AcceptOnlyFromAmong("seekers", "openings", "placements");
        var file = new Argument<FileInfo>("file") { Description = "NDJSON (one JSON object a line) or CSV (.csv; a header of JSON paths)" };
        var errors = new Option<string?>("--errors") { Description = "where to write the rejected lines (default: <file>.errors.csv)" };
        var command = new Command("import", "bulk import a centre's records as a background job") { kind, file, errors };
        command.SetAction((parse, _) => context.RunAsync(parse, api =>
            ImportAsync(api, parse.GetValue(kind)!, parse.GetValue(file)!, parse.GetValue(errors), context.Output)));
        return command;
    }

    public static Command CreateStatus(CommandContext context)
    {
        var jobId = new Argument<Guid>("jobId") { Description = "the job id that import printed" };
        var command = new Command("import-status", "show an import job with its first rejected lines") { jobId };
        command.SetAction((parse, _) => context.RunAsync(parse, async api =>
        {
            var job = await GetJobAsync(api, parse.GetValue(jobId), 20);
            await context.Output.WriteLineAsync(JsonSerializer.Serialize(job, new JsonSerializerOptions
            {
                WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            }));
            return 0;
        }));
        return command;
    }

    private static async Task<int> ImportAsync(ApiClient api, string kind, FileInfo file, string? errorsFile, TextWriter output)
    {
        if (!file.Exists)
        {
            throw new CliException($"No such file: {file.FullName}");
        }

        var mediaType = file.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? "text/csv" : "application/x-ndjson";
        var watch = Stopwatch.StartNew();
        var jobId = Guid.Empty;
        JsonElement job = default;
        await ProgressDisplay.For(output).StartAsync(async progress =>
        {
            var upload = progress.AddTask("upload", maxValue: Math.Max(1, file.Length));
            await using (var stream = file.OpenRead())
            {
                var content = new StreamContent(new ProgressStream(stream, read => upload.Value = read), 1 << 16);
                content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
                var response = await api.Http.PostAsync($"/api/import/{kind}", content);
                await ApiClient.EnsureAsync(response);
                jobId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("jobId").GetGuid();
            }

            upload.Value = upload.MaxValue;
            upload.StopTask();
            var import = progress.AddTask($"import {Markup.Escape(jobId.ToString())}", maxValue: 1);
            while (true)
            {
                job = await GetJobAsync(api, jobId, 0);
                import.MaxValue = Math.Max(1, job.GetProperty("totalLines").GetInt32());
                import.Value = job.GetProperty("processed").GetInt32();
                if (job.GetProperty("state").GetString() is "Completed" or "Failed")
                {
                    import.StopTask();
                    break;
                }

                await Task.Delay(500);
            }
        });

        var rejected = job.GetProperty("rejected").GetInt32();
        await output.WriteLineAsync($"job {jobId}");
        await output.WriteLineAsync($"{job.GetProperty("state").GetString()} in {watch.Elapsed.TotalSeconds:F1} s: "
            + $"{job.GetProperty("processed").GetInt32():N0} processed, {job.GetProperty("accepted").GetInt32():N0} accepted, {rejected:N0} rejected");
        if (rejected > 0)
        {
            await ReportErrorsAsync(api, jobId, errorsFile ?? file.FullName + ".errors.csv", output);
        }

        return job.GetProperty("state").GetString() == "Completed" ? 0 : 1;
    }

    /// <summary>Saves the API's own CSV of the rejected lines (line and reason) and prints the first of them.</summary>
    private static async Task ReportErrorsAsync(ApiClient api, Guid jobId, string path, TextWriter output)
    {
        var first = (await GetJobAsync(api, jobId, 1)).GetProperty("errors")[0];
        await output.WriteLineAsync($"  first rejected line {first.GetProperty("line").GetInt32()}: {first.GetProperty("message").GetString()}");
        var response = await api.Http.GetAsync($"/api/import/{jobId}/rejected", HttpCompletionOption.ResponseHeadersRead);
        await ApiClient.EnsureAsync(response);
        await using (var file = File.Create(path))
        {
            await response.Content.CopyToAsync(file);
        }

        await output.WriteLineAsync($"rejected lines written to {path}");
    }

    private static async Task<JsonElement> GetJobAsync(ApiClient api, Guid jobId, int errorsTake)
    {
        var response = await api.Http.GetAsync($"/api/import/{jobId}?errorsTake={Math.Max(1, errorsTake)}");
        await ApiClient.EnsureAsync(response);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

/// <summary>Reports how far an upload has read its file.</summary>
internal sealed class ProgressStream(Stream inner, Action<long> progress) : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        progress(inner.Position);
        return read;
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        progress(inner.Position);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
