using Matching.Infrastructure.Outbox;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.Extensions.DependencyInjection;

namespace Matching.IntegrationTests.Store;

// The store's contexts are pooled and built from their options alone: each save of a change must still wake the
// dispatcher, on a fresh context and on one taken back from the pool.
public sealed class OutboxSignalTests
{
    [Fact]
    public async Task A_pooled_context_wakes_the_dispatcher_on_every_saved_change()
    {
        await using var host = await StoreHost.StartAsync();
        var signal = host.Services.GetRequiredService<OutboxSignal>();

        for (var save = 0; save < 3; save++)
        {
            await using (var scope = host.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
                db.Seekers.Add(new Seeker { Id = Guid.NewGuid(), Name = $"구직자 {save}", CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow });
                await db.SaveChangesAsync();
            }

            Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None), $"save {save} raised no signal");
        }
    }
}
