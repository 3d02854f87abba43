using Matching.Infrastructure.Store.Entities;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Matching.Api.Auth;

public static class AuthApi
{
    public sealed record LoginRequest(string? Email, string? Password);

    public sealed record RefreshRequest(string? RefreshToken);

    public static IEndpointRouteBuilder MapAuthApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/auth").WithTags("Auth").AllowAnonymous();

        // The bearer handler writes {tokenType, accessToken, expiresIn, refreshToken} itself on sign-in.
        group.MapPost("/login", async Task<Results<EmptyHttpResult, ProblemHttpResult>> (
            LoginRequest request, SignInManager<AppUser> signIn) =>
        {
            if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
            {
                return Unauthorized();
            }

            signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
            var result = await signIn.PasswordSignInAsync(request.Email.Trim(), request.Password, isPersistent: false, lockoutOnFailure: true);
            return result.Succeeded ? TypedResults.Empty : Unauthorized(result.IsLockedOut);
        }).Produces<AccessTokenResponse>();

        group.MapPost("/refresh", async Task<Results<SignInHttpResult, ProblemHttpResult>> (
            RefreshRequest request,
            SignInManager<AppUser> signIn,
            IOptionsMonitor<BearerTokenOptions> bearer,
            TimeProvider clock) =>
        {
            var protector = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector;
            var ticket = string.IsNullOrEmpty(request.RefreshToken) ? null : protector.Unprotect(request.RefreshToken);
            if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
                || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user)
            {
                return Unauthorized();
            }

            var principal = await signIn.CreateUserPrincipalAsync(user);
            return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
        }).Produces<AccessTokenResponse>();

        return app;
    }

    private static ProblemHttpResult Unauthorized(bool lockedOut = false) => TypedResults.Problem(
        statusCode: StatusCodes.Status401Unauthorized,
        title: "로그인할 수 없습니다",
        detail: lockedOut
            ? "로그인 실패가 많아 계정이 잠시 잠겼습니다. 잠시 뒤 다시 시도하세요."
            : "이메일 또는 비밀번호가 올바르지 않습니다.");
}
