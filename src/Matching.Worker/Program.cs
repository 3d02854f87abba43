using Matching.Infrastructure.Messaging;
using Matching.Infrastructure.Scheduling;
using Matching.Infrastructure.Store;

// The matching worker on its own, for scale-out: API nodes then run with Matching:Worker:InProcess=false.
var builder = Host.CreateApplicationBuilder(args);

builder.AddMatchingStore();
builder.AddMatchingMessaging();
builder.AddMatchingScheduler();

builder.Build().Run();
