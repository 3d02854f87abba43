using Matching.Domain.Matching;
using Matching.Domain.Profiles;

namespace Matching.Benchmarks.Matching;

/// <summary>
/// Seeded synthetic seekers and openings. The occupation mix follows the seeds' 직종별 구인·구직 table
/// (인천 서구 2024, 35 KECO 중분류 rows); addresses spread over 서울, 인천 and 경기 districts by population.
/// </summary>
public sealed class SyntheticPopulation
{
    public static readonly DateOnly Today = new(2025, 6, 2);
    private static readonly DateTimeOffset Now = new(2025, 6, 2, 9, 0, 0, TimeSpan.FromHours(9));

    // 중분류, 신규구인인원, 신규구직자수 (seed 000, 【서구 직종별 동향】).
    private static readonly (string Code, int Openings, int Seekers)[] Mix =
    [
        ("01", 218, 1525), ("02", 3702, 13081), ("03", 8, 510), ("11", 0, 30), ("12", 7, 116), ("13", 57, 1995),
        ("14", 251, 888), ("15", 730, 1931), ("21", 54, 1299), ("22", 4, 182), ("23", 782, 2923), ("24", 0, 73),
        ("25", 0, 10), ("30", 739, 2890), ("41", 186, 3335), ("42", 42, 284), ("51", 5, 1158), ("52", 8, 401),
        ("53", 1035, 2993), ("54", 227, 1719), ("55", 5026, 4095), ("56", 1208, 2909), ("61", 794, 2477),
        ("62", 2252, 2849), ("70", 1018, 2558), ("81", 2742, 2045), ("82", 1852, 1064), ("83", 1048, 1938),
        ("84", 52, 156), ("85", 797, 308), ("86", 111, 145), ("87", 590, 596), ("88", 759, 646), ("89", 5206, 2784),
        ("90", 34, 311),
    ];

    // District centroids (approximate), population in 10,000s, spread in km.
    private static readonly (string Name, double Lat, double Lon, int Pop, double SpreadKm)[] Districts =
    [
        ("서울 종로구", 37.5735, 126.9790, 14, 1.5), ("서울 중구", 37.5641, 126.9979, 12, 1.2), ("서울 용산구", 37.5326, 126.9905, 22, 1.5),
        ("서울 성동구", 37.5633, 127.0371, 28, 1.5), ("서울 광진구", 37.5385, 127.0823, 34, 1.5), ("서울 동대문구", 37.5744, 127.0400, 34, 1.5),
        ("서울 중랑구", 37.6063, 127.0925, 38, 1.5), ("서울 성북구", 37.5894, 127.0167, 43, 1.8), ("서울 강북구", 37.6397, 127.0255, 29, 1.5),
        ("서울 도봉구", 37.6688, 127.0471, 31, 1.5), ("서울 노원구", 37.6542, 127.0568, 50, 2.0), ("서울 은평구", 37.6027, 126.9291, 47, 2.0),
        ("서울 서대문구", 37.5791, 126.9368, 31, 1.5), ("서울 마포구", 37.5663, 126.9019, 37, 1.8), ("서울 양천구", 37.5170, 126.8665, 44, 1.5),
        ("서울 강서구", 37.5509, 126.8495, 56, 2.2), ("서울 구로구", 37.4954, 126.8874, 40, 1.8), ("서울 금천구", 37.4569, 126.8955, 23, 1.3),
        ("서울 영등포구", 37.5264, 126.8962, 38, 1.8), ("서울 동작구", 37.5124, 126.9393, 38, 1.5), ("서울 관악구", 37.4784, 126.9516, 48, 1.8),
        ("서울 서초구", 37.4837, 127.0324, 41, 2.2), ("서울 강남구", 37.5172, 127.0473, 53, 2.2), ("서울 송파구", 37.5145, 127.1059, 65, 2.0),
        ("서울 강동구", 37.5301, 127.1238, 46, 1.8),
        ("인천 중구", 37.4738, 126.6216, 15, 3.0), ("인천 동구", 37.4739, 126.6432, 6, 1.0), ("인천 미추홀구", 37.4638, 126.6503, 40, 1.8),
        ("인천 연수구", 37.4100, 126.6783, 39, 2.5), ("인천 남동구", 37.4470, 126.7313, 50, 2.5), ("인천 부평구", 37.5070, 126.7219, 48, 2.0),
        ("인천 계양구", 37.5372, 126.7376, 29, 2.0), ("인천 서구", 37.5453, 126.6760, 62, 3.5), ("인천 강화군", 37.7470, 126.4880, 7, 5.0),
        ("경기 수원시", 37.2636, 127.0286, 119, 4.0), ("경기 성남시", 37.4200, 127.1265, 92, 3.5), ("경기 고양시", 37.6584, 126.8320, 107, 4.5),
        ("경기 용인시", 37.2411, 127.1776, 107, 6.0), ("경기 부천시", 37.5034, 126.7660, 79, 3.0), ("경기 안산시", 37.3219, 126.8309, 64, 4.0),
        ("경기 안양시", 37.3943, 126.9568, 55, 3.0), ("경기 남양주시", 37.6360, 127.2165, 73, 6.0), ("경기 화성시", 37.1995, 126.8312, 93, 8.0),
        ("경기 평택시", 37.0080, 127.0886, 58, 6.0), ("경기 의정부시", 37.7381, 127.0337, 46, 3.0), ("경기 시흥시", 37.3800, 126.8029, 51, 4.0),
        ("경기 파주시", 37.7600, 126.7800, 50, 6.0), ("경기 김포시", 37.6152, 126.7156, 48, 5.0), ("경기 광명시", 37.4786, 126.8646, 28, 2.5),
        ("경기 광주시", 37.4292, 127.2550, 39, 5.0), ("경기 군포시", 37.3616, 126.9352, 26, 2.5), ("경기 하남시", 37.5393, 127.2149, 33, 3.0),
        ("경기 오산시", 37.1498, 127.0772, 23, 3.0), ("경기 이천시", 37.2720, 127.4350, 22, 6.0), ("경기 안성시", 37.0080, 127.2797, 19, 7.0),
        ("경기 의왕시", 37.3448, 126.9683, 16, 2.5), ("경기 양주시", 37.7853, 127.0458, 25, 5.0), ("경기 포천시", 37.8949, 127.2003, 14, 7.0),
        ("경기 여주시", 37.2984, 127.6370, 11, 7.0), ("경기 동두천시", 37.9036, 127.0606, 9, 3.0), ("경기 과천시", 37.4292, 126.9876, 8, 2.0),
        ("경기 구리시", 37.5943, 127.1296, 19, 2.5), ("경기 양평군", 37.4917, 127.4875, 12, 8.0), ("경기 가평군", 37.8315, 127.5105, 6, 8.0),
        ("경기 연천군", 38.0966, 127.0748, 4, 8.0),
    ];

    private static readonly string[] Certificates =
    [
        "요양보호사", "간호조무사", "사회복지사 2급", "보육교사 2급", "지게차운전기능사", "굴착기운전기능사", "한식조리기능사", "제과기능사",
        "전기기능사", "용접기능사", "컴퓨터활용능력 2급", "전산회계 1급", "운전면허 1종 보통", "운전면허 1종 대형", "정보처리기사", "위험물산업기사",
        "산업안전기사", "직업상담사 2급", "미용사(일반)", "경비지도사",
    ];

    private static readonly string[] Skills =
    [
        "치매 케어", "목욕 보조", "식사 보조", "엑셀", "한글", "회계 프로그램", "고객 응대", "포장", "검수", "재고 관리", "CNC 선반", "MIG 용접",
        "TIG 용접", "배선", "PLC", "C#", "SQL", "웹 퍼블리싱", "한식 조리", "바리스타", "운전", "지게차", "청소", "경비", "영업", "중국어", "베트남어",
        "영어", "디자인 툴", "영상 편집",
    ];

    private static readonly string[] Parks = ["검단산단", "I-FOOD PARK", "청라 IHP"];
    private static readonly (double Lat, double Lon)[] ParkPlaces = [(37.5960, 126.6390), (37.6010, 126.6290), (37.5370, 126.6150)];

    private readonly Random _r;
    private readonly Dictionary<string, string[]> _leavesByMiddle;
    private readonly string[] _allLeaves;
    private readonly double[] _openingCdf, _seekerCdf, _districtCdf;
    private readonly string[][] _skillSets, _certSets;

    public SyntheticPopulation(int seed)
    {
        _r = new Random(seed);
        var leaves = ReadKecoLeaves();
        _allLeaves = [.. leaves];
        _leavesByMiddle = leaves.GroupBy(c => c[..2]).ToDictionary(g => g.Key, g => g.ToArray());
        _openingCdf = Cdf(Mix.Select(m => (double)m.Openings));
        _seekerCdf = Cdf(Mix.Select(m => (double)m.Seekers));
        _districtCdf = Cdf(Districts.Select(d => (double)d.Pop));
        // Shared small arrays so a million profiles do not each own their lists.
        _skillSets = [.. Enumerable.Range(0, 512).Select(_ => Some(Skills, 4))];
        _certSets = [.. Enumerable.Range(0, 256).Select(_ => Some(Certificates, 2))];
    }

    public List<SeekerProfile> Seekers(int count)
    {
        var list = new List<SeekerProfile>(count);
        for (int i = 0; i < count; i++) list.Add(Seeker());
        return list;
    }

    public List<OpeningProfile> Openings(int count)
    {
        var list = new List<OpeningProfile>(count);
        for (int i = 0; i < count; i++) list.Add(Opening());
        return list;
    }

    private SeekerProfile Seeker()
    {
        var (lat, lon) = Place();
        int n = 1 + _r.Next(3);
        var wishes = new string[n];
        wishes[0] = Chance(0.1) ? Middle(_seekerCdf) : Leaf(_seekerCdf);
        for (int i = 1; i < n; i++)
            wishes[i] = Chance(0.6) ? Sibling(wishes[0]) : Leaf(_seekerCdf);
        var unit = Chance(0.7) ? WageUnit.Monthly : WageUnit.Hourly;
        int birth = 1955 + _r.Next(52);
        return new SeekerProfile
        {
            Id = NewGuid(),
            Active = Chance(0.97),
            ConsentToMatching = Chance(0.95),
            AcceptsAnyOccupation = Chance(0.05),
            DesiredOccupations = [.. wishes.Distinct()],
            Latitude = Chance(0.02) ? null : lat,
            Longitude = lon,
            DesiredWageUnit = Chance(0.85) ? unit : null,
            DesiredWage = WageHours.HourlyToUnit(unit, 10_030 + _r.Next(8_000)),
            EmploymentTypes = Chance(0.4) ? [] : [(EmploymentType)_r.Next(4)],
            MaxWeeklyHours = Chance(0.2) ? 15 + _r.Next(30) : null,
            MaxCommuteMinutes = Chance(0.85) ? (_r.Next(4) switch { 0 => 30, 1 => 45, 2 => 60, _ => 90 }) : null,
            Skills = _skillSets[_r.Next(_skillSets.Length)],
            Certificates = _certSets[_r.Next(_certSets.Length)],
            Experience = Chance(0.6) ? [new ExperienceEntry(Chance(0.7) ? wishes[0] : Leaf(_seekerCdf), 1 + _r.Next(15))] : [],
            Education = Chance(0.9) ? (Education)(1 + _r.Next(5)) : null,
            Programmes = Chance(0.15) ? [(Programme)(2 + _r.Next(5))] : [],
            BirthYear = birth,
            Gender = (Gender)_r.Next(2),
            Nationality = Chance(0.96) ? "KR" : "VN",
            Disability = Chance(0.04),
            UpdatedAt = Now.AddDays(-_r.Next(365)),
        };
    }

    private OpeningProfile Opening()
    {
        string occ = Leaf(_openingCdf);
        bool inPark = occ[0] == '8' && Chance(0.1);
        int park = _r.Next(Parks.Length);
        var (lat, lon) = inPark ? Jitter(ParkPlaces[park].Lat, ParkPlaces[park].Lon, 0.5) : Place();
        var unit = _r.Next(3) switch { 0 => WageUnit.Hourly, 1 => WageUnit.Monthly, _ => WageUnit.Annual };
        long min = WageHours.HourlyToUnit(unit, 10_030 + _r.Next(7_000));
        return new OpeningProfile
        {
            Id = NewGuid(),
            EmployerId = NewGuid(),
            EmployerName = "(주)합성",
            Title = "채용",
            Occupation = occ,
            Headcount = 1 + _r.Next(5),
            Filled = Chance(0.05) ? 5 : 0,
            WageUnit = unit,
            WageMin = min,
            WageMax = Chance(0.4) ? min + min / 5 : null,
            EmploymentType = (EmploymentType)_r.Next(4),
            WorkHours = Chance(0.7) ? 15 + _r.Next(30) : null,
            Latitude = lat,
            Longitude = lon,
            RequiredCertificates = Chance(0.15) ? [Certificates[_r.Next(Certificates.Length)]] : [],
            PreferredSkills = Chance(0.7) ? _skillSets[_r.Next(_skillSets.Length)] : [],
            MinExperienceYears = Chance(0.3) ? 1 + _r.Next(5) : null,
            Education = Chance(0.4) ? (Education)(1 + _r.Next(4)) : null,
            WelcomesProgrammes = Chance(0.25) ? [(Programme)_r.Next(7)] : [],
            ClosesOn = Today.AddDays(_r.Next(-15, 60)),
            PostedAt = Now.AddDays(-_r.Next(90)),
            IndustrialPark = inPark ? Parks[park] : null,
            Active = Chance(0.97),
        };
    }

    private bool Chance(double p) => _r.NextDouble() < p;

    /// <summary>Seeded ids, so ties (broken by id) and the query sample repeat from run to run.</summary>
    private Guid NewGuid()
    {
        Span<byte> b = stackalloc byte[16];
        _r.NextBytes(b);
        return new Guid(b);
    }

    private string Leaf(double[] cdf)
    {
        var leaves = _leavesByMiddle.GetValueOrDefault(Mix[Sample(cdf)].Code) ?? _allLeaves;
        return leaves[_r.Next(leaves.Length)];
    }

    private string Middle(double[] cdf) => Mix[Sample(cdf)].Code;

    private string Sibling(string code)
    {
        var leaves = _leavesByMiddle.GetValueOrDefault(code[..2]) ?? _allLeaves;
        return leaves[_r.Next(leaves.Length)];
    }

    private (double, double) Place()
    {
        var d = Districts[Sample(_districtCdf)];
        return Jitter(d.Lat, d.Lon, d.SpreadKm);
    }

    private (double, double) Jitter(double lat, double lon, double km)
    {
        // Box–Muller normal jitter.
        double u1 = 1 - _r.NextDouble(), u2 = _r.NextDouble();
        double m = Math.Sqrt(-2 * Math.Log(u1));
        double dy = m * Math.Cos(2 * Math.PI * u2) * km, dx = m * Math.Sin(2 * Math.PI * u2) * km;
        return (lat + dy / 111.19, lon + dx / (111.19 * Math.Cos(lat * Math.PI / 180)));
    }

    private int Sample(double[] cdf)
    {
        int i = Array.BinarySearch(cdf, _r.NextDouble() * cdf[^1]);
        return Math.Min(i < 0 ? ~i : i, cdf.Length - 1);
    }

    private string[] Some(string[] pool, int max) => [.. Enumerable.Range(0, _r.Next(max + 1)).Select(_ => pool[_r.Next(pool.Length)]).Distinct()];

    private static double[] Cdf(IEnumerable<double> weights)
    {
        double sum = 0;
        return [.. weights.Select(w => sum += w)];
    }

    private static List<string> ReadKecoLeaves()
    {
        using var stream = typeof(ScoringOptions).Assembly.GetManifestResourceStream("Matching.Domain.Data.keco2018.tsv")
            ?? throw new InvalidOperationException("keco2018.tsv resource missing");
        using var reader = new StreamReader(stream);
        var leaves = new List<string>();
        reader.ReadLine();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var c = line.Split('\t');
            if (c.Length > 1 && c[1] == "4") leaves.Add(c[0]);
        }
        return leaves;
    }
}
