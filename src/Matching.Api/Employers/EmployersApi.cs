using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Application.Employers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Employers;

public static class EmployersApi
{
    public static IEndpointRouteBuilder MapEmployersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/employers").WithTags("Employers");

        group.MapPost("/", Create).RequireAuthorization(Policies.ManageProfiles);
        group.MapGet("/", List).RequireAuthorization(Policies.ManageProfiles);
        group.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.ReadEmployers);
        group.MapPut("/{id:guid}", Update).RequireAuthorization(Policies.ManageProfiles);
        group.MapDelete("/{id:guid}", Delete).RequireAuthorization(Policies.ManageProfiles);
        return app;
    }

    private static async Task<Results<Created<EmployerResponse>, ValidationProblem, ProblemHttpResult>> Create(
        EmployerRequest request, RegisterEmployer register, HttpContext http) =>
        (await register.ExecuteAsync(request, http.RequestAborted)).ToHttp(employer =>
        {
            http.SetETag(employer.Version);
            return TypedResults.Created($"/api/employers/{employer.Id}", employer);
        });

    private static async Task<Ok<List<EmployerResponse>>> List(
        EmployerQueries queries, HttpContext http, string? q = null, int skip = 0, int take = 50) =>
        TypedResults.Ok(await queries.SearchAsync(q, skip, take, http.RequestAborted));

    private static async Task<Results<Ok<EmployerResponse>, ValidationProblem, ProblemHttpResult>> Get(
        Guid id, EmployerQueries queries, HttpContext http) =>
        (await queries.GetAsync(http.Actor(), id, http.RequestAborted)).ToHttp(employer =>
        {
            http.SetETag(employer.Version);
            return TypedResults.Ok(employer);
        });

    private static async Task<Results<Ok<EmployerResponse>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, EmployerRequest request, UpdateEmployer update, HttpContext http) =>
        (await update.ExecuteAsync(id, request, Versioning.ExpectedVersion(http.Request, request.Version), http.RequestAborted))
        .ToHttp(employer =>
        {
            http.SetETag(employer.Version);
            return TypedResults.Ok(employer);
        });

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(
        Guid id, RemoveEmployer remove, HttpContext http) =>
        (await remove.ExecuteAsync(id, http.RequestAborted)).ToHttp(_ => TypedResults.NoContent());
}
