using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Matching.Cli;

/// <summary><c>reindex</c>: starts a full rebuild of the candidate index (or joins the one running) and waits for it.</summary>
public static class ReindexCommand
{
    public static Command Create(CommandContext context)
    {
        var noWait = new Option<bool>("--no-wait") { Description = "return once the rebuild has started" };
        var command = new Command("reindex", "rebuild the candidate index from the store (admin)") { noWait };
        command.SetAction((parse, _) => context.RunAsync(parse, api => ReindexAsync(api, parse.GetValue(noWait), context.Output)));
        return command;
    }

    private static async Task<int> ReindexAsync(ApiClient api, bool noWait, TextWriter output)
    {
        var response = await api.Http.PostAsync("/api/index/rebuild", null);
        if (response.StatusCode != HttpStatusCode.Conflict)
        {
            await ApiClient.EnsureAsync(response);
        }

        var state = await response.Content.ReadFromJsonAsync<JsonElement>();
        await output.WriteLineAsync(response.StatusCode == HttpStatusCode.Conflict
            ? $"a rebuild of the {state.GetProperty("engine").GetString()} index is already running; waiting for it"
            : $"rebuilding the {state.GetProperty("engine").GetString()} index");
        var watch = Stopwatch.StartNew();
        while (!noWait)
        {
            var rebuild = state.GetProperty("rebuild");
            var phase = rebuild.GetProperty("state").GetString();
            if (phase is "Completed" or "Failed")
            {
                await output.WriteLineAsync(phase == "Completed"
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
}
