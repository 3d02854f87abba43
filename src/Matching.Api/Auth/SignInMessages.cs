namespace Matching.Api.Auth;

/// <summary>The words the API and the sign-in page share, so both fail the same way.</summary>
public static class SignInMessages
{
    /// <summary>The one failure message: it never says whether the e-mail has an account, or why it cannot sign in.</summary>
    public const string Failed = "이메일 또는 비밀번호가 올바르지 않습니다. 잠시 로그인할 수 없는 계정일 수도 있습니다.";
}
