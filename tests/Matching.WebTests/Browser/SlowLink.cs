using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Matching.WebTests.Browser;

/// <summary>
/// A page's Blazor connection as a slow or busy link makes it: while held, what the server sends waits (in order),
/// and what the browser sends goes straight through. So a person's clicks and keys reach the server, and the
/// server's answers reach the page only on <see cref="Release"/>, however fast this machine is.
/// </summary>
public sealed partial class SlowLink
{
    private readonly Lock gate = new();
    private readonly Queue<Action> held = new();
    private bool holding;

    /// <summary>Routes the page's next Blazor connections through a link; load the page after this.</summary>
    public static async Task<SlowLink> RouteAsync(IPage page)
    {
        var link = new SlowLink();
        await page.RouteWebSocketAsync(BlazorHub(), link.Connect);
        return link;
    }

    public void Hold()
    {
        lock (gate)
        {
            holding = true;
        }
    }

    public void Release()
    {
        lock (gate)
        {
            holding = false;
            while (held.TryDequeue(out var send))
            {
                send();
            }
        }
    }

    private void Connect(IWebSocketRoute page)
    {
        var server = page.ConnectToServer();
        page.OnMessage(frame => Forward(frame, server));
        server.OnMessage(frame =>
        {
            lock (gate)
            {
                if (holding)
                {
                    held.Enqueue(() => Forward(frame, page));
                }
                else
                {
                    Forward(frame, page);
                }
            }
        });
    }

    private static void Forward(IWebSocketFrame frame, IWebSocketRoute to)
    {
        if (frame.Binary is { } bytes)
        {
            to.Send(bytes);
        }
        else
        {
            to.Send(frame.Text!);
        }
    }

    [GeneratedRegex("/_blazor")]
    private static partial Regex BlazorHub();
}
