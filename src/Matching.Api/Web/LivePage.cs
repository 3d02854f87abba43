using Microsoft.AspNetCore.Components;

namespace Matching.Api.Web;

/// <summary>
/// A page that reloads what it shows when a live update arrives: the reload runs on the page's own thread, redraws,
/// and sends its errors to the error boundary, as every live page must.
/// </summary>
public abstract class LivePage : ComponentBase
{
    /// <summary>A burst of updates becomes few reloads of <paramref name="load"/>, at most one per <paramref name="gap"/>.</summary>
    protected CoalescedRefresh CoalescedReload(Func<Task> load, TimeSpan gap) => new(() => LoadAndRedrawAsync(load), gap);

    /// <summary>Runs <paramref name="load"/> on the page's thread and redraws; from a timer or any other thread.</summary>
    protected Task LoadAndRedrawAsync(Func<Task> load) => InvokeAsync(async () =>
    {
        try
        {
            await load();
            StateHasChanged();
        }
        catch (Exception e)
        {
            await DispatchExceptionAsync(e);
        }
    });
}
