namespace Matching.Infrastructure;

public sealed class WorkerOptions
{
    public const string SectionName = "Matching:Worker";

    /// <summary>When true the API process also runs the matching worker and the scheduler.</summary>
    public bool InProcess { get; set; } = true;
}
