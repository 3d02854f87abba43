using Matching.Domain.Matching;
using Matching.Infrastructure.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace Matching.Infrastructure.Events;

public static class EventsExtensions
{
    /// <summary>Pre-matching, check-in queues, reminders and close-out; their jobs join the scheduler through <see cref="AddEventJobs"/>.</summary>
    public static IHostApplicationBuilder AddRecruitmentEvents(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EventOptions>().BindConfiguration(EventOptions.SectionName)
            .Validate(o => o.PrematchMinScore is >= 0 and <= 100 && o.WalkInBooths >= 1 && o.MaxCarryOvers >= 0,
                "Matching:Events: PrematchMinScore 0..100, WalkInBooths ≥ 1, MaxCarryOvers ≥ 0")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(sp => new MatchScorer(
            sp.GetRequiredService<IOptions<ScoringOptions>>().Value,
            sp.GetRequiredService<RelatedOccupations>(),
            sp.GetRequiredService<CommuteBusRoutes>(),
            sp.GetRequiredService<IOccupationNames>()));
        builder.Services.TryAddSingleton<INotificationSender, LoggingNotificationSender>();
        builder.Services.AddScoped<Notifier>();
        builder.Services.AddScoped<EventPairs>();
        builder.Services.AddScoped<BoothSnapshots>();
        builder.Services.AddScoped<EventUpdates>();
        builder.Services.AddScoped<EventPrematcher>();
        builder.Services.AddScoped<ReminderService>();
        builder.Services.AddScoped<EventCloser>();
        builder.Services.AddScoped<EventDay>();
        builder.Services.AddScoped<IEventJobs, QuartzEventJobs>();
        return builder;
    }

    /// <summary>
    /// The pre-match job (run per request), reminders at 10:00 KST and the close-out sweep. A fire missed while
    /// the store kept the schedule (PostgreSQL) runs once when a node is back; each start also runs both once, as
    /// a RAM store cannot know what it missed. Both are idempotent, so a start never sends or closes anything twice.
    /// </summary>
    public static IQuartzBuilder AddEventJobs(this IQuartzBuilder q)
    {
        q.AddEventJobTypes();
        q.AddTrigger(t => t.ForJob(ReminderJob.Key).WithIdentity("reminders-daily", "events")
            .WithCronSchedule("0 0 10 * * ?", c => c.InTimeZone(SeoulTime.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        q.AddTrigger(t => t.ForJob(ReminderJob.Key).WithIdentity("reminders-at-start", "events")
            .UsingJobData(ReminderJob.CatchUpKey, true).StartNow());
        q.AddTrigger(t => t.ForJob(CloseOutJob.Key).WithIdentity("close-out-sweep", "events")
            .WithCronSchedule("0 0/5 * * * ?", c => c.InTimeZone(SeoulTime.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
        return q;
    }

    /// <summary>The job types alone, for a node that schedules one-shot jobs without running the schedule.</summary>
    public static IQuartzBuilder AddEventJobTypes(this IQuartzBuilder q)
    {
        q.AddJob<PrematchJob>(j => j.WithIdentity(PrematchJob.Key).StoreDurably().RequestRecovery());
        q.AddJob<ReminderJob>(j => j.WithIdentity(ReminderJob.Key).StoreDurably());
        q.AddJob<CloseOutJob>(j => j.WithIdentity(CloseOutJob.Key).StoreDurably());
        return q;
    }
}
