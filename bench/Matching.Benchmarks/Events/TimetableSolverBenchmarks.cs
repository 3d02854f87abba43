using BenchmarkDotNet.Attributes;
using Matching.Domain.Events;

namespace Matching.Benchmarks.Events;

/// <summary>Pre-matching a job fair: 5,000 seekers × 300 employers × 18 slots (target ≤ 5 s).</summary>
[MemoryDiagnoser]
public class TimetableSolverBenchmarks
{
    private TimetableProblem _problem = null!;

    [Params(5000)]
    public int Seekers { get; set; }

    [GlobalSetup]
    public void Setup() => _problem = SyntheticEvent.Create(Seekers, employers: 300, slots: 18);

    [Benchmark]
    public Timetable Solve() => TimetableSolver.Solve(_problem);
}
