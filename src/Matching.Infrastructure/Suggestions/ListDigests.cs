using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Matching.Infrastructure.Suggestions;

/// <summary>
/// A digest of each stored list this worker has seen, keyed by the list's version, so telling whether a
/// recomputed list differs from the stored one needs the stored version only, not its items. A list's
/// version only grows and each version has one content, so an entry is either right or a miss.
/// </summary>
public sealed class ListDigests
{
    // Past this many lists it starts over: a miss costs one read of that list's items.
    private const int Capacity = 200_000;

    private readonly ConcurrentDictionary<(string Subject, Guid Id), (long Version, UInt128 Digest)> known = new();

    /// <summary>The digest of a list's items as they are stored (their JSON column).</summary>
    public static UInt128 Of(string itemsJson)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(MemoryMarshal.AsBytes(itemsJson.AsSpan()), hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    public bool TryGet(string subject, Guid id, long version, out UInt128 digest)
    {
        var found = known.TryGetValue((subject, id), out var entry) && entry.Version == version;
        digest = found ? entry.Digest : default;
        return found;
    }

    public void Remember(string subject, Guid id, long version, UInt128 digest)
    {
        if (known.Count >= Capacity)
        {
            known.Clear();
        }

        known.AddOrUpdate((subject, id), (version, digest), (_, old) => old.Version > version ? old : (version, digest));
    }
}
