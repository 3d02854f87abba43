using AutoMapper;
using Matching.Application.Common;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Series;

/// <summary>
/// Adds a public holiday (a new 임시공휴일) or renames one. Series skip it from their next run on; the instances
/// already created stay.
/// </summary>
public sealed class SaveHoliday(MatchingDbContext db, IMapper mapper)
{
    public static string PathOf(DateOnly day) => $"/api/holidays/{HolidayDates.Format(day)}";

    public async Task<Result<Saved<HolidayResponse>>> ExecuteAsync(string? date, HolidayRequest request, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        var day = HolidayDates.Parse(date, errors);
        if (errors.Required("name", request.Name))
        {
            errors.Length("name", request.Name, 1, 50);
        }

        if (errors.Any)
        {
            return Problem.Invalid(errors);
        }

        var holiday = await db.PublicHolidays.FirstOrDefaultAsync(h => h.Date == day, ct);
        var created = holiday is null;
        if (holiday is null)
        {
            holiday = new PublicHoliday { Date = day, Name = request.Name!.Trim() };
            db.PublicHolidays.Add(holiday);
        }
        else
        {
            holiday.Name = request.Name!.Trim();
        }

        await db.SaveChangesAsync(ct);
        return new Saved<HolidayResponse>(mapper.Map<HolidayResponse>(holiday), created);
    }
}
