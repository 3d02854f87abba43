namespace Matching.Application.Users;

/// <summary>Claims that tie a token or a sign-in cookie to its <see cref="SignInSessions">session</see>.</summary>
public static class SessionClaims
{
    /// <summary>The session (token family) every token and cookie of one sign-in carries.</summary>
    public const string SessionId = "matching_sid";

    /// <summary>In a refresh token: which of the session's tokens it is; only the newest may be redeemed.</summary>
    public const string TokenId = "matching_rt";
}
