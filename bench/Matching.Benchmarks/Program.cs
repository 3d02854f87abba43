using BenchmarkDotNet.Running;
using Matching.Benchmarks.Events;
using Matching.Benchmarks.Import;
using Matching.Benchmarks.Matching;
using Matching.Benchmarks.Privacy;
using Matching.Benchmarks.Web;

// Console load tests by name; everything else goes to BenchmarkDotNet (e.g. --filter *Matching*).
if (args.Length > 0 && args[0] == "matching-load") return MatchingLoad.Run(args[1..]);
if (args.Length > 0 && args[0] == "matching-sql") return MatchingSql.Run(args[1..]);
if (args.Length > 0 && args[0] == "timetable-load") return TimetableLoad.Run(args[1..]);
if (args.Length > 0 && args[0] == "import-load") return ImportLoad.Run(args[1..]);
if (args.Length > 0 && args[0] == "matching-es") return MatchingEs.Run(args[1..]);
if (args.Length > 0 && args[0] == "phase-two") return PhaseTwoCost.Run(args[1..]);
if (args.Length > 0 && args[0] == "prematch-load") return PrematchLoad.Run(args[1..]);
if (args.Length > 0 && args[0] == "prematch-latency") return PrematchLatency.Run(args[1..]);
if (args.Length > 0 && args[0] == "web-load") return WebLoad.Run(args[1..]);
if (args.Length > 0 && args[0] == "audit-cost") return AuditCost.Run(args[1..]);
if (args.Length > 0 && args[0] == "board-load") return BoardLoad.Run(args[1..]);
if (args.Length > 0 && args[0] == "stats-render") return StatsRender.Run(args[1..]);
if (args.Length > 0 && args[0] == "match-http") return MatchHttpLoad.Run(args[1..]);
if (args.Length > 0 && args[0] == "match-index") return MatchIndexStore.Run(args[1..]);
if (args.Length > 0 && args[0] == "matching-soak") return MatchingSoak.Run(args[1..]);
if (args.Length > 0 && args[0] == "restart") return RestartLoad.Run(args[1..]);

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
