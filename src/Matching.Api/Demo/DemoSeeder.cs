using Matching.Api.Auth;
using Matching.Api.Common;
using Matching.Application.Series;
using Matching.Domain.Events;
using Matching.Domain.Occupations;
using Matching.Domain.Profiles;
using Matching.Domain.Regions;
using Matching.Domain.Validation;
using Matching.Infrastructure.Store.Entities;
using Matching.Infrastructure.Store;
using Matching.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Matching.Api.Demo;

/// <summary>
/// A newcomer's first start: employers, openings and seekers around 인천 서구 and 서울 구로구, a fair and 서구's
/// recurring events, and one account per role, so matches and events show at once. Runs only on a store without seekers.
/// </summary>
internal sealed class DemoSeeder(
    IServiceScopeFactory scopes,
    IOptions<DemoOptions> options,
    TimeProvider clock,
    ILogger<DemoSeeder> logger) : IHostedService
{
    public const string Password = "Demo1234!";

    // Districts the two seed plans serve, and their neighbours.
    private static readonly (string Sido, string Sigungu)[] Districts =
    [
        ("인천광역시", "서구"), ("인천광역시", "서구"), ("인천광역시", "검단구"), ("인천광역시", "계양구"),
        ("인천광역시", "부평구"), ("서울특별시", "구로구"), ("서울특별시", "구로구"), ("서울특별시", "금천구"),
        ("서울특별시", "영등포구"), ("서울특별시", "양천구"), ("경기도", "부천시"), ("경기도", "김포시"),
    ];

    private static readonly string[] Surnames = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"];
    private static readonly string[] GivenNames = ["민준", "서연", "도윤", "지우", "하준", "서윤", "영숙", "정희", "성호", "미경", "지훈", "은지", "현우", "수빈", "재원", "순자", "경수", "혜진"];
    private static readonly string[] Skills = ["엑셀", "한글", "고객응대", "운전", "지게차", "용접", "CAD", "Java", "Python", "회계", "재고관리", "포장", "조리", "청소", "간병", "영어", "중국어", "PLC", "품질검사", "CNC"];
    private static readonly string[] Certificates = ["요양보호사", "운전면허 1종 보통", "지게차운전기능사", "용접기능사", "전산회계 2급", "컴퓨터활용능력 2급", "조리기능사", "정보처리기사", "간호조무사", "위험물산업기사"];
    private static readonly string[] CompanyWords = ["정밀", "물류", "식품", "테크", "케어", "전자", "산업", "소프트", "메디컬", "푸드"];
    private static readonly string[] CompanyPlaces = ["서해", "구로", "청라", "검단", "G밸리", "한빛", "미래", "새솔"];

    /// <summary>Every place × word once, in a fixed shuffled order, so that no two booths of the demo fair share a name.</summary>
    private static string[] CompanyNames()
    {
        var names = CompanyPlaces.SelectMany(place => CompanyWords.Select(word => $"(주){place}{word}")).ToArray();
        new Random(2026).Shuffle(names);
        return names;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Seed)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        if (await db.Seekers.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Demo data not loaded: the store already has seekers");
            return;
        }

        var random = new Random(2025);
        var now = clock.Now();
        var today = clock.Today();
        var occupations = OccupationCatalog.Keco2018.All.Where(o => o.Level == 4).ToArray();

        var names = CompanyNames();
        var employers = Enumerable.Range(0, options.Value.Employers).Select(i => new Employer
        {
            Id = Guid.NewGuid(),
            Version = 1,
            Name = i < names.Length ? names[i] : $"{names[i % names.Length]} {i / names.Length + 1}공장",
            BusinessNumber = BusinessNumberFor(i),
            Address = AddressIn(random),
            Size = (EmployerSize)random.Next(0, 4),
            Industry = null,
            CreatedAt = now,
            UpdatedAt = now,
        }).ToList();
        db.Employers.AddRange(employers);

        var minimumHourly = 10_320;
        var openings = new List<Opening>();
        for (var i = 0; i < options.Value.Openings; i++)
        {
            var occupation = Pick(random, occupations);
            var unit = random.Next(3) == 0 ? WageUnit.Hourly : WageUnit.Monthly;
            var min = WageHours.HourlyToUnit(unit, minimumHourly + random.Next(0, 8) * 500);
            var employer = Pick(random, employers);
            openings.Add(new Opening
            {
                Id = Guid.NewGuid(),
                Version = 1,
                EmployerId = employer.Id,
                Employer = employer,
                Status = OpeningStatus.Open,
                Title = $"{occupation.Name} 채용",
                Occupation = occupation.Code,
                Headcount = random.Next(1, 6),
                WageUnit = unit,
                WageMin = min,
                WageMax = min + WageHours.HourlyToUnit(unit, random.Next(0, 6) * 500),
                EmploymentType = (EmploymentType)random.Next(0, 4),
                WorkHoursPerWeek = random.Next(2) == 0 ? 40 : random.Next(15, 41),
                Address = AddressIn(random),
                RequiredCertificates = random.Next(4) == 0 ? [Pick(random, Certificates)] : [],
                PreferredSkills = [Pick(random, Skills), Pick(random, Skills)],
                MinExperienceYears = random.Next(3) == 0 ? random.Next(1, 4) : null,
                Education = random.Next(3) == 0 ? Education.HighSchool : null,
                WelcomesProgrammes = random.Next(3) == 0 ? [(Programme)random.Next(0, 7)] : [],
                ClosesOn = today.AddDays(random.Next(7, 60)),
                PostedOn = today.AddDays(-random.Next(0, 30)),
                CreatedAt = now,
                UpdatedAt = now,
            });
        }

        db.Openings.AddRange(openings);
        var seekers = new List<Seeker>();
        for (var i = 0; i < options.Value.Seekers; i++)
        {
            var desired = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(random, occupations).Code).Distinct().ToList();
            seekers.Add(new Seeker
            {
                Id = Guid.NewGuid(),
                Version = 1,
                Status = ProfileStatus.Active,
                Name = Pick(random, Surnames) + Pick(random, GivenNames),
                BirthYear = now.Year - random.Next(19, 70),
                Gender = (Gender)random.Next(0, 2),
                Phone = $"010-{random.Next(2000, 9999)}-{random.Next(1000, 9999)}",
                Address = AddressIn(random),
                DesiredOccupations = desired,
                PrimaryOccupation = desired[0],
                DesiredWageUnit = WageUnit.Monthly,
                DesiredWageAmount = WageHours.HourlyToUnit(WageUnit.Monthly, minimumHourly + random.Next(0, 10) * 500),
                EmploymentTypes = [(EmploymentType)random.Next(0, 4)],
                MaxCommuteMinutes = random.Next(3, 10) * 10,
                Skills = [Pick(random, Skills), Pick(random, Skills)],
                Certificates = random.Next(3) == 0 ? [Pick(random, Certificates)] : [],
                Experience = random.Next(2) == 0 ? [new ExperienceItem(desired[0], random.Next(1, 15))] : [],
                Education = (Education)random.Next(1, 6),
                Programmes = random.Next(4) == 0 ? [(Programme)random.Next(0, 7)] : [],
                ConsentToMatching = true,
                ConsentToShare = true,
                RegisteredOn = today.AddDays(-random.Next(0, 90)),
                CreatedAt = now,
                UpdatedAt = now,
            });
        }

        db.Seekers.AddRange(seekers);
        AddFair(db, employers, openings, seekers, today, now);

        // The outbox rows written with them bring the profiles into the index and the suggestion lists.
        await db.SaveChangesAsync(cancellationToken);
        await AddSeriesAsync(scope.ServiceProvider, cancellationToken);
        await CreateAccountsAsync(scope.ServiceProvider, employers[0]);
        logger.LogInformation("Loaded demo data: {Seekers} seekers, {Employers} employers, {Openings} openings",
            options.Value.Seekers, employers.Count, options.Value.Openings);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>A 채용한마당 on a weekday two weeks ahead, with booths and registered seekers, ready for the organiser to pre-match.</summary>
    private static void AddFair(MatchingDbContext db, List<Employer> employers, List<Opening> openings, List<Seeker> seekers, DateOnly today, DateTimeOffset now)
    {
        var day = today.AddDays(14);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        var starts = day.At(new TimeOnly(10, 0));
        var fair = new RecruitmentEvent
        {
            Id = Guid.NewGuid(), Version = 1, Kind = EventKind.JobFair, Title = "서구 채용한마당 (데모)", Venue = "서구청 대강당",
            StartsAt = starts, EndsAt = starts.AddHours(6), SlotMinutes = 30, CreatedAt = now,
        };
        db.Events.Add(fair);
        foreach (var employer in employers.Take(20))
        {
            var own = openings.Where(o => o.EmployerId == employer.Id).Take(3).Select(o => o.Id).ToList();
            if (own.Count > 0)
            {
                db.EventEmployers.Add(new Infrastructure.Store.Entities.EventEmployer
                {
                    EventId = fair.Id, EmployerId = employer.Id, OpeningIds = own, InterviewersPerSlot = 1 + own.Count / 2, JoinedAt = now,
                });
            }
        }

        db.EventSeekers.AddRange(seekers.Take(120).Select(s => new Infrastructure.Store.Entities.EventSeeker
        {
            EventId = fair.Id, SeekerId = s.Id, MaxInterviews = 3, Source = AttendeeSource.Registered, JoinedAt = now,
        }));
    }

    /// <summary>
    /// The recurring events of 서구's plan (금요채용마당 every Friday, 찾아가는 일자리발굴단 every week, 찾아가는 취업상담실
    /// twice a month), set up as an organiser would: each is registered and runs once, creating its first instances.
    /// </summary>
    private static async Task AddSeriesAsync(IServiceProvider services, CancellationToken ct)
    {
        var create = services.GetRequiredService<CreateSeries>();
        EventSeriesRequest[] plan =
        [
            new(EventKind.FridayHiring, "서구 금요채용마당", "0 14 * * FRI", 180, "서구 일자리지원센터 3층"),
            new(EventKind.OutreachVisit, "찾아가는 일자리발굴단", "0 10 * * TUE", 240, "서구 관내 산업단지 기업", SlotMinutes: 60),
            new(EventKind.MobileCounselling, "찾아가는 취업상담실", "0 14 1,15 * *", 120, "서구 행정복지센터 순회", CreateAheadDays: 31),
        ];
        foreach (var request in plan)
        {
            var created = await create.ExecuteAsync(request, ct);
            if (!created.IsOk)
            {
                throw new InvalidOperationException($"Demo series {request.Title} refused: {created.Problem}");
            }
        }
    }

    private static async Task CreateAccountsAsync(IServiceProvider services, Employer employer)
    {
        var users = services.GetRequiredService<UserManager<AppUser>>();
        var accounts = new (string Email, string Role, Guid? EmployerId)[]
        {
            ("counsellor@demo.local", Roles.Counsellor, null),
            ("organiser@demo.local", Roles.Organiser, null),
            ("employer@demo.local", Roles.Employer, employer.Id),
        };
        Console.WriteLine("데모 계정 (demo accounts), 비밀번호 " + Password + ":");
        foreach (var (email, role, employerId) in accounts)
        {
            if (await users.FindByEmailAsync(email) is null)
            {
                var user = new AppUser { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true, EmployerId = employerId };
                await users.CreateAsync(user, Password);
                await users.AddToRoleAsync(user, role);
            }

            Console.WriteLine($"  {role,-10} {email}" + (employerId is null ? "" : $" ({employer.Name})"));
        }
    }

    private static StoredAddress AddressIn(Random random)
    {
        var (sido, sigungu) = Pick(random, Districts);
        if (!RegionCatalog.Korea.TryFind(sido, sigungu, out var region))
        {
            throw new InvalidOperationException($"Demo district {sido} {sigungu} is missing from the region list.");
        }

        // Spread people around the district centre (about ±2 km) so distances differ.
        return new StoredAddress(region.Sido, region.Sigungu, null,
            region.Latitude + (random.NextDouble() - 0.5) * 0.036,
            region.Longitude + (random.NextDouble() - 0.5) * 0.045,
            CoordinatesEstimated: true);
    }

    private static string BusinessNumberFor(int index)
    {
        var stem = (110_000_000 + index * 7_919).ToString("D9");
        for (var check = 0; check < 10; check++)
        {
            if (BusinessRegistrationNumber.TryNormalize(stem + check, out var formatted))
            {
                return formatted;
            }
        }

        throw new InvalidOperationException("No check digit fits " + stem);
    }

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
