namespace Matching.Domain.Profiles;

/// <summary>The Korean words the seeds and the centres use for each profile value.</summary>
public static class ProfileNames
{
    public static string Korean(this EmploymentType type) => type switch
    {
        EmploymentType.Permanent => "상용직",
        EmploymentType.Contract => "계약직",
        EmploymentType.PartTime => "시간제",
        EmploymentType.Daily => "일용직",
        _ => type.ToString(),
    };

    public static string Korean(this Programme programme) => programme switch
    {
        Programme.Youth => "청년",
        Programme.NewMiddleAge => "신중년",
        Programme.CareerBreakWoman => "경력보유여성",
        Programme.Disabled => "장애인",
        Programme.MarriageMigrant => "결혼이민자",
        Programme.Senior => "어르신",
        Programme.LowIncome => "저소득층",
        _ => programme.ToString(),
    };

    public static string Korean(this Education education) => education switch
    {
        Education.None => "학력 무관",
        Education.MiddleSchool => "중학교 졸업",
        Education.HighSchool => "고등학교 졸업",
        Education.College => "전문대 졸업",
        Education.University => "대학교 졸업",
        Education.Graduate => "대학원 졸업",
        _ => education.ToString(),
    };

    public static string Korean(this WageUnit unit) => unit switch
    {
        WageUnit.Hourly => "시급",
        WageUnit.Monthly => "월급",
        WageUnit.Annual => "연봉",
        _ => unit.ToString(),
    };

    public static string Korean(this Gender gender) => gender switch
    {
        Gender.Male => "남성",
        Gender.Female => "여성",
        _ => gender.ToString(),
    };
}
