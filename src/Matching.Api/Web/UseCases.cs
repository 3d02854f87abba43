namespace Matching.Api.Web;

/// <summary>
/// Runs one use case in a scope of its own, as a request would. A page lives for hours on one circuit,
/// and the store's context must not: one per action keeps reads fresh and actions independent.
/// </summary>
public sealed class UseCases(IServiceScopeFactory scopes)
{
    public async Task<TResult> RunAsync<TUseCase, TResult>(Func<TUseCase, Task<TResult>> run)
        where TUseCase : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await run(scope.ServiceProvider.GetRequiredService<TUseCase>());
    }
}
