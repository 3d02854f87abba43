using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Api.Demo;
using Matching.Api.Employers;
using Matching.Api.Events;
using Matching.Api.Import;
using Matching.Api.Index;
using Matching.Api.Jobs;
using Matching.Api.Live;
using Matching.Api.Matches;
using Matching.Api.Occupations;
using Matching.Api.Openings;
using Matching.Api.Privacy;
using Matching.Application;
using Matching.Api.Operations;
using Matching.Api.Referrals;
using Matching.Api.Security;
using Matching.Api.Seekers;
using Matching.Api.Series;
using Matching.Api.Stats;
using Matching.Api.Web;
using Matching.Infrastructure;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Messaging;
using Matching.Infrastructure.Scheduling;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Suggestions;

var builder = WebApplication.CreateBuilder(args);
// By default this process is also the matching worker and the scheduler.
var workerInProcess = builder.Configuration.GetValue($"{WorkerOptions.SectionName}:{nameof(WorkerOptions.InProcess)}", true);

builder.AddMatchingErrors();
builder.AddMatchingSecurity();
builder.AddMatchingOperations();
builder.AddMatchingStore();
builder.AddCandidateIndex();
builder.AddMatchingMessaging(bus =>
{
    bus.AddLiveConsumers();
    bus.AddImportConsumers();
    if (workerInProcess)
    {
        bus.AddWorkerConsumers();
    }
});
if (workerInProcess)
{
    builder.AddMatchingWorker();
}

// Without the worker (on PostgreSQL) this node only enqueues jobs; the workers' Hangfire servers run them.
builder.AddMatchingScheduler(runsServer: workerInProcess);

builder.AddMatchingAuth();
builder.AddLoginProtection();
builder.AddMatchingMapping();
builder.AddMatchingLive();
builder.AddMatchingApplication();
builder.AddImport();
builder.AddEvents();
builder.AddEventSeries();
builder.AddJobsDashboard();
builder.AddDemoData(args);
builder.AddMatchingWebApp();

var app = builder.Build();

app.UseMatchingSecurity();
app.UseMatchingErrors();
app.UseAuthentication();
app.UseAccountGate();
app.UseRateLimiter();
app.UseAuthorization();
app.UseMatchingWebApp();

app.MapMatchingOperations();
app.MapAuthApi();
app.MapUsersApi();
app.MapOccupationsApi();
app.MapSeekersApi();
app.MapEmployersApi();
app.MapOpeningsApi();
app.MapMatchesApi();
app.MapMatchingHub();
app.MapReferralsApi();
app.MapStatsApi();
app.MapImportApi();
app.MapIndexApi();
app.MapEventsApi();
app.MapEventSeriesApi();
app.MapHolidaysApi();
app.MapPrivacyApi();
app.MapJobsDashboard();
app.MapMatchingWebApp();

app.Run();

public partial class Program;
