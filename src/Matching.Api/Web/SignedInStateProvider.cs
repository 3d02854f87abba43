using System.Security.Claims;
using Matching.Api.Auth;
using Matching.Application.Users;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Matching.Api.Web;

/// <summary>
/// An open page keeps its circuit for hours; every minute it checks that the account still stands (not
/// disabled, password unchanged, session not signed out), as the account gate does for each request. When it
/// does not, the page loses its sign-in and is sent to /login.
/// </summary>
internal sealed class SignedInStateProvider(ILoggerFactory loggers, IServiceScopeFactory scopes, IOptions<IdentityOptions> identity)
    : RevalidatingServerAuthenticationStateProvider(loggers)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState state, CancellationToken ct)
    {
        if (state.User.UserId() is not { } userId)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var sessions = scope.ServiceProvider.GetRequiredService<SignInSessions>();
        Guid? sessionId = Guid.TryParse(state.User.FindFirstValue(SessionClaims.SessionId), out var sid) ? sid : null;
        return await sessions.IsValidAsync(userId, state.User.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType), sessionId, ct);
    }
}
