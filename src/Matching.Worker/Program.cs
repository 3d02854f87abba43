using Matching.Application.Privacy;
using Matching.Infrastructure.Events;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Messaging;
using Matching.Infrastructure.Scheduling;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Suggestions;

// The matching worker on its own, for scale-out: API nodes then run with Matching:Worker:InProcess=false,
// and several workers compete for change events and run the Hangfire jobs.
var builder = Host.CreateApplicationBuilder(args);

builder.AddMatchingStore();
builder.AddCandidateIndex();
builder.AddMatchingWorker();
builder.AddMatchingMessaging(bus => bus.AddWorkerConsumers());
builder.AddRecruitmentEvents();
builder.AddMatchingScheduler();
builder.AddRetention();

builder.Build().Run();
