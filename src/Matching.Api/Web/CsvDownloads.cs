using Matching.Application.Stats;
using Microsoft.JSInterop;

namespace Matching.Api.Web;

/// <summary>A file made on the server handed to the browser as a download (wwwroot/js/download.js).</summary>
public static class CsvDownloads
{
    public static async Task DownloadAsync(this IJSRuntime js, CsvDownload file)
    {
        using var stream = new DotNetStreamReference(new MemoryStream(file.Content));
        await js.InvokeVoidAsync("matchingDownload", file.FileName, "text/csv;charset=utf-8", stream);
    }
}
