using System.Globalization;
using Matching.Domain.Profiles;

namespace Matching.Domain.Matching;

/// <summary>Korean reason texts, built from the same evaluation that gave the score.</summary>
internal static class Reasons
{
    public const string Widened = WidenedMark.Text;

    public static ScoredMatch ToMatch(FeatureSpace fs, IOccupationNames names, in SeekerFeatures s, in OpeningFeatures o, in Evaluation e)
    {
        var components = new ScoreComponents(R(e.Occupation), R(e.Distance), R(e.Wage), R(e.Conditions), R(e.Skills),
            R(e.Experience), R(e.Education), R(e.Programme), R(e.Freshness));
        return new ScoredMatch(s.Id, o.Id, Math.Round(e.Total, 1, MidpointRounding.AwayFromZero), components, Build(fs, names, s, o, e), e.Tier > 0);
    }

    private static double R(double v) => Math.Round(v, 3, MidpointRounding.AwayFromZero);

    private static List<string> Build(FeatureSpace fs, IOccupationNames names, in SeekerFeatures s, in OpeningFeatures o, in Evaluation e)
    {
        var list = new List<string>(10);
        var opt = fs.Options;
        if (e.Tier == 1) { list.Add(Widened); list.Add("관련 직종으로 범위 확대"); }
        if (e.Tier == 2) { list.Add(Widened); list.Add($"통근 한도 {opt.CommuteWideningFactor.ToString("0.#", CultureInfo.InvariantCulture)}배까지 확대"); }

        // Occupation
        if (e.OccRelatedTo != OccCode.None)
            list.Add($"관련 직종({Name(names, o.Occ)})");
        else if (e.OccDepth == 5)
            list.Add($"희망직종 일치({Name(names, o.Occ)})");
        else if (e.OccDepth > 0)
        {
            string level = e.OccDepth switch { 3 => "소분류", 2 => "중분류", _ => "대분류" };
            list.Add($"유사직종({level}: {Name(names, OccCode.Prefix(o.Occ, e.OccDepth))})");
        }
        else if (s.AcceptsAny) list.Add("희망직종 외(모든 직종 가능)");

        // Commute
        if (double.IsNaN(e.Minutes)) list.Add("거리 정보 없음");
        else if (e.ByBus && e.Minutes > s.MaxCommuteMinutes)
            list.Add($"무료 통근버스 이용 가능({fs.Routes.Parks[o.ParkIndex].Name})");
        else
        {
            list.Add($"통근 약 {Math.Max(5, (int)Math.Round(e.Minutes / 5, MidpointRounding.AwayFromZero) * 5)}분");
            if (e.ByBus) list.Add($"무료 통근버스 노선({fs.Routes.Parks[o.ParkIndex].Name})");
        }

        if (o.CertCount > 0) list.Add("필수 자격증 보유");

        // Wage
        if (float.IsNaN(o.OfferHourly)) list.Add("임금 정보 없음");
        else if (float.IsNaN(s.DesiredHourly)) list.Add("희망임금 정보 없음");
        else
        {
            string unit = ((WageUnit)o.WageUnit).Korean();
            string amount = o.OfferAmount.ToString("N0", CultureInfo.InvariantCulture);
            list.Add(e.Wage >= 1 ? $"희망임금 충족({unit} {amount}원)" : $"희망임금 미달({unit} {amount}원)");
        }

        // Conditions
        string typeName = ((EmploymentType)o.Type).Korean();
        if (e.TypeMatch == 1) list.Add($"고용형태 일치({typeName})");
        else if (e.TypeMatch == 0) list.Add($"고용형태 불일치({typeName})");
        if (e.HoursOver > 0) list.Add($"근로시간 주 {o.WorkHours}시간(희망보다 {e.HoursOver}시간 많음)");

        if (o.SkillCount > 0) list.Add($"우대 기술 {e.SkillsMatched}/{o.SkillCount} 보유");

        if (o.MinExperienceMonths > 0)
        {
            int gap = o.MinExperienceMonths - e.ExperienceMonths;
            list.Add(gap <= 0 ? $"경력 요건 충족({Years(o.MinExperienceMonths)} 이상)" : $"경력 {Years(gap)} 부족");
        }

        if (o.Education >= 0)
        {
            if (s.Education < 0) list.Add("학력 정보 없음");
            else list.Add(s.Education >= o.Education ? "학력 요건 충족" : "학력 요건 미달");
        }

        if (e.ProgrammeHit != 0)
        {
            var hits = new List<string>();
            for (int p = 0; p < 8; p++) if ((e.ProgrammeHit & (1 << p)) != 0) hits.Add(ProgrammeName((Programme)p));
            list.Add($"우대 대상({string.Join("·", hits)})");
        }

        if (e.OpeningAgeDays <= 7) list.Add(e.OpeningAgeDays == 0 ? "오늘 등록된 공고" : $"최근 공고({e.OpeningAgeDays}일 전 등록)");
        return list;
    }

    private static string Name(IOccupationNames names, int code)
    {
        string c = OccCode.ToCode(code);
        return names.NameOf(c) ?? c;
    }

    private static string Years(int months) =>
        months % 12 == 0 ? $"{months / 12}년" : months < 12 ? $"{months}개월" : $"{months / 12}년 {months % 12}개월";

    public static string ProgrammeName(Programme p) => p.Korean();
}
