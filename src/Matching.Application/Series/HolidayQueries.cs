using AutoMapper;
using Matching.Application.Common;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Series;

public sealed class HolidayQueries(MatchingDbContext db, IMapper mapper)
{
    public async Task<Result<List<HolidayResponse>>> ListAsync(int? year, CancellationToken ct = default)
    {
        var query = db.PublicHolidays.AsNoTracking();
        if (year is { } y)
        {
            var errors = new ValidationErrors();
            errors.Range("year", y, 2000, 2100);
            if (errors.Any)
            {
                return Problem.Invalid(errors);
            }

            query = query.Where(h => h.Date >= new DateOnly(y, 1, 1) && h.Date <= new DateOnly(y, 12, 31));
        }

        var holidays = await query.OrderBy(h => h.Date).ToListAsync(ct);
        return mapper.Map<List<HolidayResponse>>(holidays);
    }
}
