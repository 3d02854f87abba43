using Matching.Domain.Events;
using Matching.Domain.Profiles;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Matching.IntegrationTests.Infrastructure;
using StoredEmployer = Matching.Infrastructure.Store.Entities.EventEmployer;
using StoredSeeker = Matching.Infrastructure.Store.Entities.EventSeeker;

namespace Matching.IntegrationTests.Events;

/// <summary>
/// A fair large enough that its pre-match takes seconds, written straight into the store (the pre-match reads the
/// store, not the index): employers with two care and cleaning openings each, seekers wishing for those, 18 slots.
/// </summary>
public static class BigFair
{
    private static readonly StoredAddress Seogu = new("인천광역시", "서구", null, 37.545, 126.676, true);
    private static readonly string[] Occupations = ["5501", "5311", "8531", "6211"];

    public static async Task<Guid> CreateAsync(MatchingDbContext db, int seekers, int employers)
    {
        var now = DateTimeOffset.UtcNow;
        var starts = new DateTimeOffset(Bodies.Today.AddDays(10).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(9));
        var ev = new RecruitmentEvent
        {
            Id = Guid.NewGuid(), Version = 1, Kind = EventKind.JobFair, Title = "대형 채용한마당", Venue = "서구청 대강당",
            StartsAt = starts, EndsAt = starts.AddMinutes(30 * 18), SlotMinutes = 30, CreatedAt = now,
        };
        db.Events.Add(ev);
        for (var i = 0; i < employers; i++)
        {
            var employer = new Employer
            {
                Id = Guid.NewGuid(), Version = 1, Name = $"(주)대형{i}", BusinessNumber = Bodies.BusinessNumber(60_000 + i), Address = Seogu,
                CreatedAt = now, UpdatedAt = now,
            };
            var openings = Enumerable.Range(0, 2).Select(k => new Opening
            {
                Id = Guid.NewGuid(), Version = 1, EmployerId = employer.Id, Title = $"공고 {i}-{k}", Occupation = Occupations[(i + k) % Occupations.Length],
                Headcount = 3, WageUnit = WageUnit.Monthly, WageMin = 2_400_000, EmploymentType = EmploymentType.Permanent, Address = Seogu,
                ClosesOn = Bodies.Today.AddDays(60), PostedOn = Bodies.Today, CreatedAt = now, UpdatedAt = now,
            }).ToList();
            db.AddRange(employer);
            db.AddRange(openings);
            db.EventEmployers.Add(new StoredEmployer
            {
                EventId = ev.Id, EmployerId = employer.Id, OpeningIds = openings.Select(o => o.Id).ToList(), InterviewersPerSlot = 1, JoinedAt = now,
            });
        }

        for (var i = 0; i < seekers; i++)
        {
            var occupation = Occupations[i % Occupations.Length];
            var seeker = new Seeker
            {
                Id = Guid.NewGuid(), Version = 1, Name = $"구직자{i}", BirthYear = 1960 + i % 40, Gender = i % 2 == 0 ? Gender.Female : Gender.Male,
                Address = Seogu, DesiredOccupations = [occupation], PrimaryOccupation = occupation, ConsentToMatching = true,
                DesiredWageUnit = WageUnit.Monthly, DesiredWageAmount = 2_300_000, EmploymentTypes = [EmploymentType.Permanent],
                Experience = [new ExperienceItem(occupation, i % 6)], RegisteredOn = Bodies.Today, CreatedAt = now, UpdatedAt = now,
            };
            db.Seekers.Add(seeker);
            db.EventSeekers.Add(new StoredSeeker { EventId = ev.Id, SeekerId = seeker.Id, MaxInterviews = 3, Source = AttendeeSource.Registered, JoinedAt = now });
        }

        await db.SaveChangesAsync();
        return ev.Id;
    }
}
