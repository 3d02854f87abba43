namespace Matching.Application.Imports;

/// <summary>Wakes this node's import worker when an upload has just been stored.</summary>
public sealed class ImportSignal
{
    private readonly SemaphoreSlim signal = new(0);

    public void Wake()
    {
        if (signal.CurrentCount == 0)
        {
            signal.Release();
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);
}
