namespace Matching.Infrastructure.Store.Entities;

public enum ImportKind
{
    Seekers,
    Openings,
    Placements,
}

public enum ImportFormat
{
    Ndjson,
    Csv,
}

/// <summary>Receiving while the upload is stored; Queued and Running jobs are picked up by any node, also after a restart.</summary>
public enum ImportState
{
    Receiving,
    Queued,
    Running,
    Completed,
    Failed,
}

/// <summary>
/// A bulk import. <see cref="Checkpoint"/> is the last line whose outcome is committed; it moves in the
/// same transaction as the accepted rows, so a restart resumes after it with nothing lost or doubled.
/// </summary>
public sealed class ImportJob
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public ImportKind Kind { get; set; }
    public ImportFormat Format { get; set; }
    public ImportState State { get; set; }

    /// <summary>The CSV header line, kept apart from the chunks so each chunk parses on its own.</summary>
    public string? Header { get; set; }
    public int TotalLines { get; set; }
    public int Checkpoint { get; set; }
    public int Processed { get; set; }
    public int Accepted { get; set; }
    public int Rejected { get; set; }
    public string? Failure { get; set; }
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
    public Guid? CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
}

/// <summary>A slice of the uploaded file, deleted once its lines are committed.</summary>
public sealed class ImportChunk
{
    public Guid JobId { get; set; }
    public int FirstLine { get; set; }
    public int LineCount { get; set; }
    public string Content { get; set; } = "";
}

public sealed class ImportError
{
    public Guid JobId { get; set; }
    public int Line { get; set; }
    public string Message { get; set; } = "";
}
