namespace Matching.Api.Web;

/// <summary>
/// Turns a burst of live updates into few reloads: the first request reloads at once, requests that arrive while
/// it runs (or within <c>gap</c> after it) make one more reload, never one each. A check-in desk at ten check-ins a
/// second would otherwise query the store ten times a second per open page. <c>reload</c> reports its own errors
/// (a page routes them through <c>DispatchExceptionAsync</c>).
/// </summary>
public sealed class CoalescedRefresh(Func<Task> reload, TimeSpan gap) : IDisposable
{
    private readonly CancellationTokenSource stopped = new();
    private int requested;
    private int running;

    public void Request()
    {
        Volatile.Write(ref requested, 1);
        if (!stopped.IsCancellationRequested && Interlocked.CompareExchange(ref running, 1, 0) == 0)
        {
            _ = RunAsync();
        }
    }

    private async Task RunAsync()
    {
        try
        {
            while (Interlocked.Exchange(ref requested, 0) == 1)
            {
                await reload();
                await Task.Delay(gap, stopped.Token);
            }
        }
        catch (OperationCanceledException)
        {
            return;
        }
        finally
        {
            Volatile.Write(ref running, 0);
        }

        // A request that came between the last check and the release above would otherwise wait for the next one.
        if (Volatile.Read(ref requested) == 1)
        {
            Request();
        }
    }

    public void Dispose() => stopped.Cancel();
}
