using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Matching.Infrastructure.Scheduling;

public static class SchedulingExtensions
{
    /// <summary>Quartz with its RAM store; recurring event jobs register through <paramref name="addJobs"/>.</summary>
    public static IHostApplicationBuilder AddMatchingScheduler(
        this IHostApplicationBuilder builder,
        Action<IQuartzBuilder>? addJobs = null)
    {
        builder.Services.AddQuartz(q =>
        {
            addJobs?.Invoke(q);
        });
        builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }
}
