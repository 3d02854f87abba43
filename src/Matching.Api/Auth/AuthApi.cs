using System.Security.Claims;
using Matching.Api.Common;
using Matching.Application.Users;
using Matching.Infrastructure.Store.Entities;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Matching.Api.Auth;

public static class AuthApi
{
    public const long MaxBodyBytes = 16 * 1024;

    public sealed record LoginRequest(string? Email, string? Password);

    public sealed record RefreshRequest(string? RefreshToken);

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        // A sign-in body is a few hundred bytes; nothing bigger is read.
        var group = app.MapGroup("/auth").WithTags("Auth").AllowAnonymous().RequireLoginProtection()
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));

        // The bearer handler writes {tokenType, accessToken, expiresIn, refreshToken} itself on sign-in.
        group.MapPost("/login", Login).Produces<AccessTokenResponse>();
        group.MapPost("/refresh", Refresh).Produces<AccessTokenResponse>();
        group.MapPost("/password", ChangePassword);

        app.MapPost("/auth/logout", Logout).WithTags("Auth").RequireAuthorization();
        return app;
    }

    private static async Task<Results<EmptyHttpResult, ProblemHttpResult>> Login(
        LoginRequest request, PasswordSignIn passwords, SignInManager<AppUser> signIn, AccountThrottle throttle, HttpContext http)
    {
        if (throttle.Refuse(request.Email) is { } wait)
        {
            return LoginProtection.TooMany(http, wait);
        }

        var attempt = await passwords.ExecuteAsync(request.Email, request.Password, ct: http.RequestAborted);
        switch (attempt.Outcome)
        {
            case SignInOutcome.MustChangePassword:
                return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "비밀번호를 바꿔야 합니다",
                    detail: "관리자가 비밀번호를 초기화했습니다. POST /auth/password 로 새 비밀번호를 정한 뒤 로그인하세요.");
            case SignInOutcome.Succeeded:
                signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
                await signIn.SignInWithClaimsAsync(attempt.User!, isPersistent: false, SignedIn(attempt.Session!.Id, attempt.Session.CurrentTokenId));
                return TypedResults.Empty;
            default:
                return Unauthorized();
        }
    }

    /// <summary>
    /// A refresh token is good once: it is exchanged for a new pair, and redeeming it again revokes its whole
    /// session. A disabled account, a changed password or a signed-out session refuses it.
    /// </summary>
    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> Refresh(
        RefreshRequest request, SignInManager<AppUser> signIn, SignInSessions sessions, AccountThrottle throttle,
        IOptionsMonitor<BearerTokenOptions> bearer, TimeProvider clock, HttpContext http)
    {
        var protector = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
        var ticket = string.IsNullOrEmpty(request.RefreshToken) ? null : protector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || !Guid.TryParse(ticket.Principal.FindFirstValue(SessionClaims.SessionId), out var sessionId)
            || !Guid.TryParse(ticket.Principal.FindFirstValue(SessionClaims.TokenId), out var tokenId))
        {
            return Unauthorized();
        }

        if (throttle.Refuse(ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier)) is { } wait)
        {
            return LoginProtection.TooMany(http, wait);
        }

        if (await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { Disabled: false } user)
        {
            await sessions.RevokeAsync(sessionId, "account no longer valid", http.RequestAborted);
            return Unauthorized();
        }

        if (await sessions.RotateAsync(sessionId, tokenId, http.RequestAborted) is not { } next)
        {
            return Unauthorized();
        }

        var principal = await signIn.CreateUserPrincipalAsync(user);
        ((ClaimsIdentity)principal.Identity!).AddClaims(SignedIn(sessionId, next));
        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    /// <summary>Ends the session the token belongs to: its access and refresh tokens stop working at once.</summary>
    private static async Task<NoContent> Logout(SignInSessions sessions, HttpContext http)
    {
        if (Guid.TryParse(http.User.FindFirstValue(SessionClaims.SessionId), out var sessionId))
        {
            await sessions.RevokeAsync(sessionId, "signed out", http.RequestAborted);
        }

        return TypedResults.NoContent();
    }

    /// <summary>A new password with the current one; the only way in after an admin's reset.</summary>
    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangePassword(
        ChangePasswordRequest request, Application.Users.ChangePassword change, AccountThrottle throttle, HttpContext http)
    {
        if (throttle.Refuse(request.Email) is { } wait)
        {
            return LoginProtection.TooMany(http, wait);
        }

        return await change.ExecuteAsync(request, http.RequestAborted) is { } result
            ? result.ToHttp(_ => TypedResults.NoContent())
            : Unauthorized();
    }

    internal static Claim[] SignedIn(Guid sessionId, Guid tokenId) =>
    [
        new("amr", "pwd"),
        new(SessionClaims.SessionId, sessionId.ToString()),
        new(SessionClaims.TokenId, tokenId.ToString()),
    ];

    /// <summary>One answer for every failure: wrong e-mail, wrong password, locked or disabled alike.</summary>
    private static ProblemHttpResult Unauthorized() => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "로그인할 수 없습니다",
        detail: SignInMessages.Failed);
}
