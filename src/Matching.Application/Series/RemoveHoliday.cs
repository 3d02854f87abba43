using Matching.Application.Common;
using Matching.Infrastructure.Store;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Series;

/// <summary>A day is no longer a holiday: series create their instance on it from their next run on.</summary>
public sealed class RemoveHoliday(MatchingDbContext db)
{
    public async Task<Result<Done>> ExecuteAsync(string? date, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        var day = HolidayDates.Parse(date, errors);
        if (errors.Any)
        {
            return Problem.Invalid(errors);
        }

        var removed = await db.PublicHolidays.Where(h => h.Date == day).ExecuteDeleteAsync(ct);
        return removed == 0
            ? new Problem(ProblemKind.NotFound, "공휴일 정보를 찾을 수 없습니다", $"{HolidayDates.Format(day)}은(는) 등록된 공휴일이 아닙니다.")
            : Done.Value;
    }
}
