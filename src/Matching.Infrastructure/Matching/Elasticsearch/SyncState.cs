namespace Matching.Infrastructure.Matching.Elasticsearch;

/// <summary>What readiness reports about the sync: profiles Elasticsearch keeps rejecting, still being retried.</summary>
public sealed class SyncState
{
    private readonly Lock gate = new();
    private Dictionary<Guid, string> rejected = [];

    public void Rejected(IEnumerable<BulkRejection> items, IEnumerable<Guid> applied)
    {
        lock (gate)
        {
            var next = new Dictionary<Guid, string>(rejected);
            foreach (var id in applied)
            {
                next.Remove(id);
            }

            foreach (var r in items)
            {
                next[r.Item.Id] = $"{r.Status} {r.Type}";
            }

            rejected = next;
        }
    }

    public IReadOnlyDictionary<Guid, string> Pending
    {
        get
        {
            lock (gate)
            {
                return rejected;
            }
        }
    }
}
