using System.Diagnostics;
using System.Globalization;
using Matching.Domain.Events;
using static Matching.Benchmarks.BenchArgs;

namespace Matching.Benchmarks.Events;

/// <summary>
/// Console timing: <c>dotnet run -c Release --project bench/Matching.Benchmarks -- timetable-load
/// [--seekers 5000] [--employers 300] [--slots 18] [--threshold 60] [--seed 1] [--runs 3] [--tied]</c>.
/// Prints the problem size, each solve time, and checks every timetable. <c>--tied</c> uses engine-like scores
/// with many exact ties (<see cref="SyntheticEvent.CreateTied"/>) instead of noisy ones.
/// </summary>
public static class TimetableLoad
{
    public static int Run(string[] args)
    {
        int seekers = Arg(args, "--seekers", 5000), employers = Arg(args, "--employers", 300), slots = Arg(args, "--slots", 18);
        int threshold = Arg(args, "--threshold", 60), seed = Arg(args, "--seed", 1), runs = Arg(args, "--runs", 3);
        var problem = args.Contains("--tied")
            ? SyntheticEvent.CreateTied(seekers, employers, slots, Arg(args, "--threshold", 50), seed)
            : SyntheticEvent.Create(seekers, employers, slots, threshold, seed);
        threshold = (int)problem.MinScore;
        int eligible = problem.Pairs.Count(p => p.Score >= threshold);
        Console.WriteLine($"timetable-load: {seekers:N0} seekers × {employers:N0} employers × {slots} slots, " +
                          $"{problem.Pairs.Count:N0} candidate pairs ({eligible:N0} at or above {threshold}), {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        Console.WriteLine($"  capacity: {problem.Seekers.Sum(s => Math.Min(s.MaxInterviews, slots)):N0} seeker interviews wanted, " +
                          $"{problem.Employers.Sum(e => e.InterviewersPerSlot * slots):N0} employer interview places");
        int failures = 0;
        for (int run = 1; run <= runs; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            var timetable = TimetableSolver.Solve(problem);
            var elapsed = sw.Elapsed;
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var violations = TimetableChecker.Check(problem, timetable);
            failures += violations.Count;
            Console.WriteLine($"  run {run}: {elapsed.TotalSeconds:F3} s ({cpu.TotalSeconds:F3} s CPU) — {timetable.Interviews.Count:N0} interviews, total score {timetable.TotalScore:F1}, " +
                              $"{timetable.SeekersPlaced:N0} seekers placed, {timetable.Unplaced.Count:N0} unplaced, {violations.Count} violations");
            foreach (var v in violations.Take(5)) Console.WriteLine($"    {v}");
        }
        return failures == 0 ? 0 : 1;
    }

    // Other work on a shared machine inflates wall time; the CPU time shows what the solve itself costs.
    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
