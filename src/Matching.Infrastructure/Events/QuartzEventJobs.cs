using Quartz;

namespace Matching.Infrastructure.Events;

public sealed class QuartzEventJobs(ISchedulerFactory schedulers) : IEventJobs
{
    public async Task PrematchAsync(Guid eventId, CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var trigger = TriggerBuilder.Create()
            .WithIdentity($"prematch-{eventId:N}-{Guid.NewGuid():N}", "events")
            .ForJob(PrematchJob.Key)
            .UsingJobData(PrematchJob.EventIdKey, eventId.ToString())
            .StartNow()
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await scheduler.ScheduleJob(trigger, new ScheduleJobOptions(), ct);
    }
}
