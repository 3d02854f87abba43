using Hangfire;
using Hangfire.Dashboard;
using Matching.Api.Auth;

namespace Matching.Api.Jobs;

/// <summary>
/// Hangfire's dashboard at <c>/hangfire</c>, behind the default authentication like any endpoint: admins act on
/// jobs, organisers only look, every other role is forbidden. Its POST commands keep antiforgery checks on.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/hangfire";
    public const string Policy = "JobsDashboard";

    public static IHostApplicationBuilder AddJobsDashboard(this IHostApplicationBuilder builder)
    {
        // With antiforgery registered the dashboard puts a token in its pages and refuses commands without it.
        builder.Services.AddAntiforgery();
        builder.Services.AddAuthorizationBuilder().AddPolicy(Policy, p => p.RequireRole(Roles.Admin, Roles.Organiser));
        return builder;
    }

    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder app)
    {
        app.MapHangfireDashboardWithAuthorizationPolicy(Policy, Path, new DashboardOptions
        {
            DashboardTitle = "Matching 작업",
            AppPath = "/",
            DisplayStorageConnectionString = false,
            IsReadOnlyFunc = context => !context.GetHttpContext().User.IsInRole(Roles.Admin),
        });
        return app;
    }
}
