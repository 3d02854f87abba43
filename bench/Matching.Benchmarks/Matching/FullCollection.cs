using System.Diagnostics;

namespace Matching.Benchmarks.Matching;

/// <summary>Memory as the benches report it: after a full collection that also hands free memory back to the system.</summary>
internal static class FullCollection
{
    /// <summary>Working set and GC heap in bytes, measured after collecting.</summary>
    public static (long WorkingSet, long Heap) Measure()
    {
        // Aggressive: the collector also returns its free regions to the system, which it otherwise does only over
        // time, so the working set shows what is live rather than when the GC last trimmed.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        using var p = Process.GetCurrentProcess();
        return (p.WorkingSet64, GC.GetTotalMemory(false));
    }
}
