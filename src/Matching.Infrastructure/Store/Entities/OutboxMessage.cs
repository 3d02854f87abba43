namespace Matching.Infrastructure.Store.Entities;

/// <summary>
/// A change event written in the same transaction as the change. The dispatcher publishes it; index
/// followers read the table as an ordered change feed.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public string Type { get; set; } = "";
    public Guid SubjectId { get; set; }
    public string Body { get; set; } = "";
    public long CreatedAtMs { get; set; }
    public long? LockedUntilMs { get; set; }
    public long? DispatchedAtMs { get; set; }
}
