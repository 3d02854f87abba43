using Matching.Application.Employers;
using Matching.Application.Events;
using Matching.Application.Imports;
using Matching.Application.Matches;
using Matching.Application.Openings;
using Matching.Application.Privacy;
using Matching.Application.Referrals;
using Matching.Application.Seekers;
using Matching.Application.Series;
using Matching.Application.Stats;
using Matching.Application.Users;
using Matching.Domain.Validation;
using Matching.Infrastructure.Statistics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Matching.Application;

public static class ApplicationExtensions
{
    /// <summary>
    /// The use cases the REST endpoints and the web app both call, one class each. The host registers
    /// AutoMapper with this assembly's profiles (<c>AddMatchingMapping</c>).
    /// </summary>
    public static IHostApplicationBuilder AddMatchingApplication(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<MinimumWageOptions>().BindConfiguration(MinimumWageOptions.SectionName)
            .Validate(o => o.Hourly.Count > 0, "Matching:MinimumWage:Hourly needs at least one year.")
            .ValidateOnStart();
        services.AddSingleton(sp => new MinimumWageTable(sp.GetRequiredService<IOptions<MinimumWageOptions>>().Value.Hourly));
        services.AddSingleton<OpeningValidator>();

        // WithdrawSeeker comes with AddRetention below: the retention job erases through it, on workers too.
        services.AddScoped<SeekerQueries>().AddScoped<RegisterSeeker>().AddScoped<UpdateSeeker>();
        services.AddScoped<EmployerQueries>().AddScoped<RegisterEmployer>().AddScoped<UpdateEmployer>().AddScoped<RemoveEmployer>();
        services.AddScoped<OpeningQueries>().AddScoped<PostOpening>().AddScoped<UpdateOpening>().AddScoped<WithdrawOpening>();
        services.AddScoped<MatchQueries>();
        services.AddScoped<EventQueries>().AddScoped<AttendeeExport>().AddScoped<EventSetupQueries>().AddScoped<TimetableQueries>().AddScoped<EventDayQueries>()
            .AddScoped<EventResultsQueries>().AddScoped<CreateEvent>().AddScoped<JoinEmployer>().AddScoped<JoinSeeker>()
            .AddScoped<RequestPrematch>().AddScoped<CheckInAtEvent>().AddScoped<CallNextCandidate>().AddScoped<RecordInterview>()
            .AddScoped<CloseEvent>();
        services.AddScoped<SeriesQueries>().AddScoped<CreateSeries>().AddScoped<DeactivateSeries>().AddScoped<RunSeriesNow>()
            .AddScoped<HolidayQueries>().AddScoped<SaveHoliday>().AddScoped<RemoveHoliday>();
        services.AddScoped<ReferralQueries>().AddScoped<ReferSeeker>().AddScoped<ChangeReferral>();
        services.AddScoped<LabourMarketQuery>().AddScoped<LabourMarketStats>().AddScoped<ExportLabourMarket>();
        services.AddScoped<StartImport>().AddScoped<ImportJobQueries>();
        services.AddScoped<AccountQueries>().AddScoped<CreateAccount>().AddScoped<DisableAccount>()
            .AddScoped<UnlockAccount>().AddScoped<ResetPassword>().AddScoped<ChangePassword>()
            .AddScoped<PasswordSignIn>().AddScoped<SignInSessions>();
        services.AddOptions<LoginProtectionOptions>().BindConfiguration(LoginProtectionOptions.SectionName)
            .Validate(o => o.IsValid(), "Matching:LoginProtection: limits and lockouts must be positive, MaxLockout at least FirstLockout.")
            .ValidateOnStart();
        services.AddScoped<AuditQueries>().AddScoped<RecordConsent>().AddScoped<ConsentQueries>();
        services.AddScoped<RetentionReport>();
        builder.AddRetention();
        return builder;
    }
}
