using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Matching.Api.Components.Layout;

/// <summary>
/// After a navigation to another page, moves the focus to the page's heading, so that a screen reader announces
/// the new page (as <see cref="Microsoft.AspNetCore.Components.Routing.FocusOnNavigate"/> does), but never out of a field the person is already in. The
/// heading comes a round trip after the page's first render, and on a slow link the form beside it can be on
/// screen well before: FocusOnNavigate then took the focus from the field being typed in, the keys went nowhere,
/// and the field was emptied on the next render (TypingDuringRenderTests caught it on the booth form).
/// </summary>
public sealed class HeadingFocus(IJSRuntime js) : ComponentBase
{
    private Type? shownPage;
    private bool focusAfterRender;

    [Parameter, EditorRequired]
    public Microsoft.AspNetCore.Components.RouteData RouteData { get; set; } = default!;

    [Parameter, EditorRequired]
    public string Selector { get; set; } = "";

    protected override void OnParametersSet()
    {
        if (RouteData.PageType != shownPage)
        {
            shownPage = RouteData.PageType;
            focusAfterRender = true;
        }
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (focusAfterRender)
        {
            focusAfterRender = false;
            await js.InvokeVoidAsync("matchingFocusHeading", Selector);
        }
    }
}
