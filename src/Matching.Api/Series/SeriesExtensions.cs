using Matching.Api.Auth;

namespace Matching.Api.Series;

public static class SeriesExtensions
{
    /// <summary>The policies of the series and holidays routes; the scheduler itself is added by the worker set-up.</summary>
    public static IHostApplicationBuilder AddEventSeries(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(SeriesPolicies.ManageSchedules, p => p.RequireRole(Roles.Admin, Roles.Organiser))
            .AddPolicy(SeriesPolicies.ReadSchedules, p => p.RequireRole(Roles.Admin, Roles.Organiser, Roles.Counsellor));
        return builder;
    }
}
