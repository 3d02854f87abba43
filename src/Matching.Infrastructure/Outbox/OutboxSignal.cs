namespace Matching.Infrastructure.Outbox;

/// <summary>Wakes the dispatcher the moment a change commits, instead of at its next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Raise()
    {
        try
        {
            signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already raised; one wake-up drains everything.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
}
