using Hangfire;
using Matching.Application.Seekers;
using Matching.Infrastructure.Scheduling;
using Matching.Infrastructure.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Matching.Application.Privacy;

public static class RetentionExtensions
{
    /// <summary>
    /// The retention rule and its recurring job, on every node that runs Hangfire jobs (API and workers): a job
    /// fired on PostgreSQL's shared storage may run on any of them.
    /// </summary>
    public static IHostApplicationBuilder AddRetention(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName)
            .Validate(o => o.IsValid(), "Matching:Privacy: RetentionYears 1 to 20, RetentionSchedule a 5-field cron.")
            .ValidateOnStart();
        services.TryAddScoped<AuditTrail>();
        services.TryAddSingleton<AccessRecordFile>();
        services.TryAddSingleton<AccessRecordIds>();
        services.TryAddSingleton<AccessRecordWriter>();
        services.TryAddSingleton<AccessRecordMove>();
        services.AddHostedService(sp => sp.GetRequiredService<AccessRecordMove>());
        services.TryAddScoped<WithdrawSeeker>();
        services.TryAddScoped<SeekerActivity>();
        services.TryAddScoped<EraseInactiveSeekers>();
        services.TryAddScoped<RetentionJob>();
        services.AddHostedService<RetentionSchedule>();
        return builder;
    }

    /// <summary>Puts the recurring job in place (or moves it to a changed schedule) at every start; AddOrUpdate is idempotent.</summary>
    private sealed class RetentionSchedule(IRecurringJobManagerV2 recurring, IOptions<RetentionOptions> options) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            recurring.AddOrUpdate<RetentionJob>(RetentionJob.RecurringJobId, j => j.RunAsync(CancellationToken.None),
                options.Value.RetentionSchedule, SeriesRecurringJobs.Options);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
