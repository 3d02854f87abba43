using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Matching.WebTests.Browser;

/// <summary>
/// A navigation gives the new page's heading the focus, so that a screen reader announces the page; a person
/// already in a field keeps it. The heading's focus comes a round trip after the page's first render, and once
/// took the focus from the booth form's employer search while it was being filled in, which then emptied it.
/// </summary>
[Collection(WebAppCollection.Name)]
public sealed class HeadingFocusTests(WebAppHost host)
{
    [BrowserFact]
    public Task A_page_reached_from_the_menu_gives_its_heading_the_focus() => PageEvidence.ShowOnFailureAsync(async pages =>
    {
        var page = await host.SignInAsync("counsellor@demo.local", "/counsellor/seekers");
        pages.Add(page);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "구직자 찾기", Level = 1 })).ToBeFocusedAsync();

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "구직자 등록" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "구직자 등록", Level = 1 })).ToBeFocusedAsync();
    });

    [BrowserFact]
    public Task A_heading_that_comes_late_leaves_the_focus_in_the_field_being_typed_in() => PageEvidence.ShowOnFailureAsync(async pages =>
    {
        var page = await host.SignInAsync("counsellor@demo.local", "/counsellor/seekers/new");
        pages.Add(page);
        var heading = page.GetByRole(AriaRole.Heading, new() { Name = "구직자 등록", Level = 1 });
        await Expect(heading).ToBeFocusedAsync();
        var name = page.GetByLabel("이름 *");
        await name.ClickAsync();
        await page.Keyboard.TypeAsync("차은");

        // What the page runs when its heading arrives after the person has gone into a field.
        await page.EvaluateAsync("matchingFocusHeading('h1')");
        await page.Keyboard.TypeAsync("별");

        await Expect(name).ToBeFocusedAsync();
        await Expect(name).ToHaveValueAsync("차은별");
    });
}
