using Matching.Application.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Matching.Api.Common;

/// <summary>The API edge of <see cref="Problem"/>: the same Korean texts, as RFC 7807 ProblemDetails.</summary>
public static class Problems
{
    public static ProblemHttpResult NotFound(string what, Guid id) => Problem.NotFound(what, id).ToHttp();

    public static ProblemHttpResult Forbidden(string detail) => Problem.Forbidden(detail).ToHttp();

    public static ProblemHttpResult Conflict(string title, string detail) => Problem.Conflict(title, detail).ToHttp();

    public static ValidationProblem ToProblem(this ValidationErrors errors) => Problem.Invalid(errors).ToValidationProblem();

    public static ValidationProblem ToValidationProblem(this Problem problem) =>
        TypedResults.ValidationProblem(problem.Errors ?? new Dictionary<string, string[]>(), title: problem.Title, detail: problem.Detail);

    public static ProblemHttpResult ToHttp(this Problem problem) => TypedResults.Problem(
        statusCode: problem.Kind switch
        {
            ProblemKind.Invalid => StatusCodes.Status400BadRequest,
            ProblemKind.NotFound => StatusCodes.Status404NotFound,
            ProblemKind.Forbidden => StatusCodes.Status403Forbidden,
            ProblemKind.Conflict => StatusCodes.Status409Conflict,
            ProblemKind.Stale => StatusCodes.Status412PreconditionFailed,
            ProblemKind.PreconditionRequired => StatusCodes.Status428PreconditionRequired,
            _ => StatusCodes.Status500InternalServerError,
        },
        title: problem.Title,
        detail: problem.Detail);

    /// <summary>
    /// A use case's answer as the endpoint's typed result: the value through <paramref name="ok"/>, a field
    /// problem as a 400 listing each field, any other problem as its status.
    /// </summary>
    public static Results<TOk, ValidationProblem, ProblemHttpResult> ToHttp<T, TOk>(this Result<T> result, Func<T, TOk> ok)
        where TOk : IResult =>
        result.Problem switch
        {
            null => ok(result.Value!),
            { Kind: ProblemKind.Invalid } p => p.ToValidationProblem(),
            var p => p.ToHttp(),
        };

    /// <summary>A create-or-replace use case's answer: 201 at <paramref name="location"/> when it was new, else 200.</summary>
    public static Results<Created<T>, Ok<T>, ValidationProblem, ProblemHttpResult> ToHttp<T>(this Result<Saved<T>> result, string location) =>
        result.Problem switch
        {
            null when result.Value!.Created => TypedResults.Created(location, result.Value.Value),
            null => TypedResults.Ok(result.Value!.Value),
            { Kind: ProblemKind.Invalid } p => p.ToValidationProblem(),
            var p => p.ToHttp(),
        };
}
