using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Matching.WebTests.Browser;

/// <summary>When a browser step fails, every open page is saved as a screenshot beside the test output, and the failure names them.</summary>
public static class PageEvidence
{
    public static async Task ShowOnFailureAsync(Func<List<IPage>, Task> test, [CallerMemberName] string name = "")
    {
        var pages = new List<IPage>();
        try
        {
            await test(pages);
        }
        catch (Exception e)
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
            Directory.CreateDirectory(folder);
            var files = new List<string>();
            for (var i = 0; i < pages.Count; i++)
            {
                var file = Path.Combine(folder, $"{name}-{i}.png");
                try
                {
                    await pages[i].ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
                    files.Add($"{file} ({pages[i].Url})");
                }
                catch (PlaywrightException)
                {
                    files.Add($"(page {i} could not be captured)");
                }
            }

            throw new InvalidOperationException($"{e.Message}\nScreenshots:\n{string.Join("\n", files)}", e);
        }
    }

    /// <summary>Whatever the policy blocks is reported on the console; a script error raises pageerror.</summary>
    public static void WatchForBlocked(IPage page, List<string> blocked)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.Contains("favicon", StringComparison.Ordinal))
            {
                blocked.Add($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => blocked.Add($"{page.Url}: {error}");
    }
}
