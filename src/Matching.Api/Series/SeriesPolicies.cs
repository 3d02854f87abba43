using Matching.Api.Auth;

namespace Matching.Api.Series;

/// <summary>Recurring events and the holiday calendar: organisers and admins write, counsellors read.</summary>
public static class SeriesPolicies
{
    public const string ManageSchedules = nameof(ManageSchedules);
    public const string ReadSchedules = nameof(ReadSchedules);

    public static IHostApplicationBuilder AddEventSeries(this IHostApplicationBuilder builder)
    {
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ManageSchedules, p => p.RequireRole(Roles.Admin, Roles.Organiser))
            .AddPolicy(ReadSchedules, p => p.RequireRole(Roles.Admin, Roles.Organiser, Roles.Counsellor));
        return builder;
    }
}
