namespace Matching.Domain.Profiles;

/// <summary>Employment programmes of the seeds (청년, 신중년, 경력보유여성, 장애인, 결혼이민자, 어르신, 저소득층).</summary>
public enum Programme
{
    Youth,
    NewMiddleAge,
    CareerBreakWoman,
    Disabled,
    MarriageMigrant,
    Senior,
    LowIncome,
}
