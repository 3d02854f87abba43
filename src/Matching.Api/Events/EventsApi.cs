using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Application.Common;
using Matching.Application.Events;
using Matching.Infrastructure.Events;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Events;

/// <summary>Recruitment events (채용행사): create, list, and who takes part. HTTP over the event use cases.</summary>
public static class EventsApi
{
    public static IHostApplicationBuilder AddEvents(this IHostApplicationBuilder builder)
    {
        builder.AddRecruitmentEvents();
        return builder;
    }

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/events").WithTags("Events");
        group.MapPost("/", Create).RequireAuthorization(Policies.OrganiseEvents);
        group.MapGet("/", List).RequireAuthorization(Policies.AnyRole);
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.AnyRole);
        group.MapPost("/{id:guid}/employers", JoinEmployer).RequireAuthorization(Policies.AnyRole);
        group.MapGet("/{id:guid}/employers", Booths).RequireAuthorization(Policies.AnyRole);
        group.MapPost("/{id:guid}/seekers", JoinSeeker).RequireAuthorization(Policies.EventStaff);
        group.MapGet("/{id:guid}/seekers", Attendees).RequireAuthorization(Policies.EventStaff);
        group.MapPrematchApi();
        group.MapEventDayApi();
        group.MapEventResultsApi();
        return app;
    }

    private static async Task<Results<Created<EventResponse>, ValidationProblem, ProblemHttpResult>> Create(
        EventRequest request, CreateEvent create, HttpContext http) =>
        (await create.ExecuteAsync(http.Actor(), request, http.RequestAborted))
        .ToHttp(ev => TypedResults.Created($"/api/events/{ev.Id}", ev));

    private static async Task<Results<Ok<List<EventResponse>>, ValidationProblem, ProblemHttpResult>> List(
        EventQueries queries, HttpContext http, DateOnly? from = null, DateOnly? to = null, string? kind = null) =>
        (await queries.ListAsync(from, to, kind, http.RequestAborted)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<EventResponse>, ValidationProblem, ProblemHttpResult>> Get(Guid id, EventQueries queries, HttpContext http) =>
        (await queries.GetAsync(id, http.RequestAborted)).ToHttp(ev =>
        {
            http.SetETag(ev.Version);
            return TypedResults.Ok(ev);
        });

    /// <summary>Joining again replaces the booth's openings and interviewer count.</summary>
    private static async Task<Results<Created<BoothResponse>, Ok<BoothResponse>, ValidationProblem, ProblemHttpResult>> JoinEmployer(
        Guid id, JoinEmployerRequest request, JoinEmployer join, HttpContext http) =>
        (await join.ExecuteAsync(http.Actor(), id, request, http.RequestAborted)).ToHttp<BoothResponse>($"/api/events/{id}/employers");

    private static async Task<Results<Ok<List<BoothResponse>>, ValidationProblem, ProblemHttpResult>> Booths(
        Guid id, EventQueries queries, HttpContext http) =>
        (await queries.BoothsAsync(id, http.RequestAborted)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Created<AttendeeResponse>, Ok<AttendeeResponse>, ValidationProblem, ProblemHttpResult>> JoinSeeker(
        Guid id, JoinSeekerRequest request, JoinSeeker join, HttpContext http) =>
        (await join.ExecuteAsync(id, request, http.RequestAborted)).ToHttp<AttendeeResponse>($"/api/events/{id}/seekers");

    /// <summary><c>format=csv</c> with a <c>purpose</c>: the attendance list, names as the caller's role may see them.</summary>
    private static async Task<Results<Ok<List<AttendeeResponse>>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Attendees(
        Guid id, EventQueries queries, AttendeeExport export, HttpContext http, string? format = null, string? purpose = null)
    {
        if (string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            var csv = await export.ExecuteAsync(http.Actor(), id, purpose, http.RequestAborted);
            return csv.Value is { } file ? TypedResults.File(file, "text/csv; charset=utf-8", $"attendees-{id:N}.csv") : Failed(csv.Problem!);
        }

        if (format is not null && !string.Equals(format, "json", StringComparison.OrdinalIgnoreCase))
        {
            var errors = new ValidationErrors();
            errors.Add("format", "json 또는 csv만 지원합니다.");
            return errors.ToProblem();
        }

        var list = await queries.AttendeesAsync(id, http.RequestAborted);
        return list.Value is { } attendees ? TypedResults.Ok(attendees) : Failed(list.Problem!);
    }

    private static Results<Ok<List<AttendeeResponse>>, FileContentHttpResult, ValidationProblem, ProblemHttpResult> Failed(Problem problem) =>
        problem.Kind == ProblemKind.Invalid ? problem.ToValidationProblem() : problem.ToHttp();
}
