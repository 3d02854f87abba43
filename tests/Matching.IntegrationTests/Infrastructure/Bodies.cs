namespace Matching.IntegrationTests.Infrastructure;

/// <summary>Valid request bodies as a counsellor's form would send them; tests change one field at a time.</summary>
public static class Bodies
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(9)).DateTime);

    public static Dictionary<string, object?> Seeker() => new()
    {
        ["name"] = "김영숙",
        ["birthYear"] = 1968,
        ["gender"] = "Female",
        ["phone"] = "01012345678",
        ["email"] = "youngsook@example.com",
        ["address"] = new Dictionary<string, object?> { ["sido"] = "인천", ["sigungu"] = "서구", ["dong"] = "청라동" },
        ["desiredOccupations"] = new[] { "5501" },
        ["desiredWage"] = new { unit = "Monthly", amount = 2_300_000 },
        ["employmentTypes"] = new[] { "Permanent", "PartTime" },
        ["maxCommuteMinutes"] = 40,
        ["skills"] = new[] { "간병", "고객응대" },
        ["certificates"] = new[] { "요양보호사" },
        ["experience"] = new[] { new { occupation = "5501", years = 3 } },
        ["education"] = "HighSchool",
        ["programmes"] = new[] { "NewMiddleAge" },
        ["consentToMatching"] = true,
    };

    public static Dictionary<string, object?> Employer(string businessNumber = "220-81-62517") => new()
    {
        ["name"] = "(주)청라케어",
        ["businessNumber"] = businessNumber,
        ["address"] = new { sido = "인천광역시", sigungu = "서구", latitude = 37.5364, longitude = 126.6477 },
        ["size"] = "Small",
        ["industry"] = "노인 요양 복지시설 운영업",
    };

    public static Dictionary<string, object?> Opening(Guid employerId) => new()
    {
        ["employerId"] = employerId,
        ["title"] = "요양보호사 (주간보호센터)",
        ["occupation"] = "5501",
        ["headcount"] = 2,
        ["wage"] = new Dictionary<string, object?> { ["unit"] = "Hourly", ["min"] = 11_000, ["max"] = 12_500 },
        ["employmentType"] = "Permanent",
        ["workHours"] = 40,
        ["address"] = new { sido = "인천광역시", sigungu = "서구" },
        ["requiredCertificates"] = new[] { "요양보호사" },
        ["preferredSkills"] = new[] { "간병" },
        ["minExperienceYears"] = 1,
        ["education"] = "HighSchool",
        ["welcomesProgrammes"] = new[] { "NewMiddleAge" },
        ["closesOn"] = Today.AddDays(30).ToString("yyyy-MM-dd"),
    };

    /// <summary>Valid 사업자등록번호 values, each different, for tests that need several employers.</summary>
    public static string BusinessNumber(int seed)
    {
        int[] weights = [1, 3, 7, 1, 3, 7, 1, 3, 5];
        var digits = (100_000_000 + (long)seed * 7_919 % 800_000_000).ToString("D9").Select(c => c - '0').ToArray();
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += digits[i] * weights[i];
        }

        sum += digits[8] * 5 / 10;
        var check = (10 - sum % 10) % 10;
        var all = string.Concat(digits) + check;
        return $"{all[..3]}-{all[3..5]}-{all[5..]}";
    }
}
