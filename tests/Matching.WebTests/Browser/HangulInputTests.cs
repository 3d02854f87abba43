using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matching.WebTests.Browser;

/// <summary>
/// Hangul is typed through an IME: each syllable is composed jamo by jamo, then committed. A page that
/// writes a bound value back while a syllable is being composed breaks it (요양 → ㅇ요양 or 요ㅇ양). These
/// tests replay the composition through Chrome DevTools, as the OS input method would send it.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class HangulInputTests(WebAppHost host)
{
    private const string Word = "요양보호사";

    // Two-set (두벌식) keystrokes: what the composition shows after each key, then the committed syllable.
    private static readonly (string[] Composing, string Committed)[] Syllables =
    [
        (["ㅇ", "요"], "요"),
        (["ㅇ", "야", "양"], "양"),
        (["ㅂ", "보"], "보"),
        (["ㅎ", "호"], "호"),
        (["ㅅ", "사"], "사"),
    ];

    [BrowserFact]
    public Task Composed_hangul_reaches_the_seeker_search_intact() => PageEvidence.ShowOnFailureAsync(async pages =>
    {
        var page = await host.SignInAsync("counsellor@demo.local", "/counsellor/seekers");
        pages.Add(page);
        var search = page.GetByTestId("seeker-search");
        var trace = await ComposeAsync(page, search);

        Assert.True(await HasValueAsync(search, Word), $"the box shows '{await search.InputValueAsync()}'; after each key: {trace}");
        // The server read the whole word: it searched for it, and nobody in the demo data is called that.
        await Expect(page.GetByText($"'{Word}' 검색 결과 0명")).ToBeVisibleAsync();
        await Expect(search).ToHaveValueAsync(Word);
    });

    [BrowserFact]
    public Task Composed_hangul_reaches_the_occupation_typeahead_intact() => PageEvidence.ShowOnFailureAsync(async pages =>
    {
        var page = await host.SignInAsync("counsellor@demo.local", "/counsellor/seekers/new");
        pages.Add(page);
        var typeahead = page.GetByTestId("occupation-picker");
        // A break depends on when the list opens against the keys: the word is typed three times to catch it.
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            // Each time from a closed list and an unfocused box, as when the counsellor comes back to the field.
            await typeahead.ClearAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "구직자 등록" }).ClickAsync();
            await page.WaitForTimeoutAsync(300);
            var trace = await ComposeAsync(page, typeahead);
            Assert.True(await HasValueAsync(typeahead, Word),
                $"attempt {attempt}: the box shows '{await typeahead.InputValueAsync()}'; after each key: {trace}");
        }
        var hit = page.GetByText("요양 보호사 및 간병인 (5501 · 세분류)");
        await Expect(hit).ToBeVisibleAsync();
        await hit.ClickAsync();
        await Expect(page.GetByText("요양 보호사 및 간병인 (5501)")).ToBeVisibleAsync();
    });

    private static async Task<bool> HasValueAsync(ILocator input, string value)
    {
        try
        {
            await Expect(input).ToHaveValueAsync(value, new() { Timeout = 2_000 });
            return true;
        }
        catch (PlaywrightException)
        {
            return false;
        }
    }

    /// <summary>Returns what the box showed after each key, for the failure message.</summary>
    private static async Task<string> ComposeAsync(IPage page, ILocator input)
    {
        var shown = new List<string>();
        await input.ClickAsync();
        var devTools = await page.Context.NewCDPSessionAsync(page);
        foreach (var (composing, committed) in Syllables)
        {
            foreach (var text in composing)
            {
                await devTools.SendAsync("Input.imeSetComposition", new Dictionary<string, object>
                {
                    ["text"] = text,
                    ["selectionStart"] = text.Length,
                    ["selectionEnd"] = text.Length,
                });
                // A person types a key every ~100 ms: long enough for the server to answer the input event between keys.
                await page.WaitForTimeoutAsync(60);
                shown.Add(await input.InputValueAsync());
            }

            await devTools.SendAsync("Input.insertText", new Dictionary<string, object> { ["text"] = committed });
            await page.WaitForTimeoutAsync(60);
            shown.Add(await input.InputValueAsync());
        }

        return string.Join(" ", shown);
    }
}
