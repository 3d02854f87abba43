using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Privacy;

/// <summary>
/// Numbers the access records when they first go to the access record file (<see cref="AccessRecordFile"/>): a read's
/// record keeps its number when moved into the store, so the store cannot number it, and every record of this process,
/// read or change, is numbered here, in the order written, as the store numbered them before. A number is the instant
/// (Unix milliseconds, 42 bits: until 2109), a count within it (11 bits), and this process's writer number (10 bits), so
/// that processes sharing a store never take the same number, and every number is above those the store gave before.
/// Elsewhere (PostgreSQL) the store numbers them.
/// </summary>
public sealed class AccessRecordIds(AccessRecordFile file)
{
    private const int WriterBits = 10;
    private const int CountBits = 11;

    // Writer numbers are handed out in turn by the file, so two processes alive together collide only 1,024 starts apart.
    private readonly Lazy<long> writer = new(() => file.TakeWriterNumber() & ((1 << WriterBits) - 1));
    private readonly Lock gate = new();
    private long last;

    public void Number(IReadOnlyList<AuditRecord> records)
    {
        if (!file.InUse)
        {
            return;
        }

        var tag = writer.Value;
        lock (gate)
        {
            foreach (var r in records)
            {
                // Past the count's 2,048 a millisecond, or with a clock set back, the numbers run on ahead of the instant.
                last = Math.Max(last + 1, Math.Max(0, r.At.ToUnixTimeMilliseconds()) << CountBits);
                r.Id = (last << WriterBits) | tag;
            }
        }
    }
}
