namespace Matching.Application.Imports;

public sealed class ImportOptions
{
    public const string SectionName = "Matching:Import";

    /// <summary>Lines stored per chunk; each chunk is committed in one transaction with its checkpoint.</summary>
    public int ChunkLines { get; set; } = 5_000;

    /// <summary>How often a node looks for unfinished jobs (an upload on the same node wakes it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>A node that stops renewing its lease (it crashed) leaves the job to another node after this.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A pause between chunks, to leave the store room for counsellors during office hours.</summary>
    public TimeSpan PauseBetweenChunks { get; set; } = TimeSpan.Zero;
}
