namespace Matching.Application.Common;

public static class Roles
{
    public const string Admin = "Admin";
    public const string Counsellor = "Counsellor";
    public const string Employer = "Employer";
    public const string Organiser = "Organiser";

    public static readonly string[] All = [Admin, Counsellor, Employer, Organiser];

    /// <summary>Not an account's role: scheduled work recorded in access records.</summary>
    public const string System = "System";

    /// <summary>How the web app names each role.</summary>
    public static string KoreanName(string role) => role switch
    {
        Admin => "관리자",
        Counsellor => "취업상담사",
        Employer => "기업 담당자",
        Organiser => "행사 담당자",
        System => "시스템",
        _ => role,
    };
}
