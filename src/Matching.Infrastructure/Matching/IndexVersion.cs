namespace Matching.Infrastructure.Matching;

/// <summary>
/// Moves on with every change written to the index, so a client holding a list can tell whether a
/// newer one may differ.
/// </summary>
public sealed class IndexVersion
{
    private long current;

    public long Current => Interlocked.Read(ref current);

    public long Next() => Interlocked.Increment(ref current);
}
