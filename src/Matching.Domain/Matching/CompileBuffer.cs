namespace Matching.Domain.Matching;

/// <summary>
/// Terms and pool entries of seekers compiled on a thread of their own (a rebuild): term ids are the buffer's own, in the
/// order met, until <see cref="FeatureSpace.Adopt"/> moves each seeker into the space.
/// </summary>
internal sealed class CompileBuffer
{
    public readonly Dictionary<string, int> Terms = new(StringComparer.OrdinalIgnoreCase);
    public int[] Pool = new int[1024];
    public int PoolCount;
    /// <summary>The space's id of each of the buffer's, once adopted.</summary>
    public int[] Ids = [];

    public void Clear()
    {
        Terms.Clear();
        PoolCount = 0;
    }
}
