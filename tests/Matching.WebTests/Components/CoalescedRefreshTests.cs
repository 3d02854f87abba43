using Matching.Api.Web;

namespace Matching.WebTests.Components;

public sealed class CoalescedRefreshTests
{
    [Fact]
    public async Task A_burst_of_updates_makes_one_reload_at_once_and_one_more_after_it()
    {
        var reloads = 0;
        var release = new TaskCompletionSource();
        using var refresh = new CoalescedRefresh(async () =>
        {
            Interlocked.Increment(ref reloads);
            await release.Task;
        }, TimeSpan.FromMilliseconds(50));

        refresh.Request();
        Assert.Equal(1, Volatile.Read(ref reloads));
        for (var i = 0; i < 100; i++)
        {
            refresh.Request();
        }

        release.SetResult();
        await WaitUntilAsync(() => Volatile.Read(ref reloads) == 2);
        await Task.Delay(300);
        Assert.Equal(2, Volatile.Read(ref reloads));
    }

    [Fact]
    public async Task An_update_after_a_quiet_spell_reloads_again_and_none_after_disposal()
    {
        var reloads = 0;
        var refresh = new CoalescedRefresh(() =>
        {
            Interlocked.Increment(ref reloads);
            return Task.CompletedTask;
        }, TimeSpan.FromMilliseconds(20));

        refresh.Request();
        await Task.Delay(200);
        refresh.Request();
        await WaitUntilAsync(() => Volatile.Read(ref reloads) == 2);

        refresh.Dispose();
        refresh.Request();
        await Task.Delay(200);
        Assert.Equal(2, Volatile.Read(ref reloads));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
