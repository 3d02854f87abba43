namespace Matching.Api.Demo;

public sealed class DemoOptions
{
    public const string SectionName = "Matching:Demo";

    /// <summary>Load the demo data set on first start (an empty store). Also set by <c>--demo</c>.</summary>
    public bool Seed { get; set; }

    public int Seekers { get; set; } = 300;
    public int Employers { get; set; } = 40;
    public int Openings { get; set; } = 200;
}
