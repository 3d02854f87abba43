namespace Matching.Domain.Matching;

/// <summary>
/// The mark on a match that entered a list only after its conditions were widened (distance, occupation
/// level): it leads the match's reasons, and screens show it as a badge of its own.
/// </summary>
public static class WidenedMark
{
    public const string Text = "조건 완화";
}
