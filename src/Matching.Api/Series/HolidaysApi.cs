using System.Globalization;
using AutoMapper;
using Matching.Api.Common;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Matching.Api.Series;

/// <summary>
/// The public holidays a series skips. Seeded from the shipped list on first start, then kept here:
/// a new 임시공휴일 is a PUT. A change applies to instances created from then on; ones already created stay.
/// </summary>
public static class HolidaysApi
{
    public static IEndpointRouteBuilder MapHolidaysApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/holidays").WithTags("Holidays");
        group.MapGet("/", List).RequireAuthorization(SeriesPolicies.ReadSchedules);
        group.MapPut("/{date}", Put).RequireAuthorization(SeriesPolicies.ManageSchedules);
        group.MapDelete("/{date}", Delete).RequireAuthorization(SeriesPolicies.ManageSchedules);
        return app;
    }

    private static async Task<Results<Ok<List<HolidayResponse>>, ValidationProblem>> List(MatchingDbContext db, IMapper mapper, int? year = null)
    {
        var query = db.PublicHolidays.AsNoTracking();
        if (year is { } y)
        {
            var errors = new ValidationErrors();
            errors.Range("year", y, 2000, 2100);
            if (errors.Any)
            {
                return errors.ToProblem();
            }

            query = query.Where(h => h.Date >= new DateOnly(y, 1, 1) && h.Date <= new DateOnly(y, 12, 31));
        }

        var holidays = await query.OrderBy(h => h.Date).ToListAsync();
        return TypedResults.Ok(mapper.Map<List<HolidayResponse>>(holidays));
    }

    private static async Task<Results<Created<HolidayResponse>, Ok<HolidayResponse>, ValidationProblem>> Put(
        string date, HolidayRequest request, MatchingDbContext db, IMapper mapper)
    {
        var errors = new ValidationErrors();
        var day = ParseDate(date, errors);
        if (errors.Required("name", request.Name))
        {
            errors.Length("name", request.Name, 1, 50);
        }

        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var holiday = await db.PublicHolidays.FirstOrDefaultAsync(h => h.Date == day);
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

        await db.SaveChangesAsync();
        var body = mapper.Map<HolidayResponse>(holiday);
        return created ? TypedResults.Created($"/api/holidays/{Format(day)}", body) : TypedResults.Ok(body);
    }

    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Delete(string date, MatchingDbContext db)
    {
        var errors = new ValidationErrors();
        var day = ParseDate(date, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var removed = await db.PublicHolidays.Where(h => h.Date == day).ExecuteDeleteAsync();
        return removed == 0
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "공휴일 정보를 찾을 수 없습니다", detail: $"{Format(day)}은(는) 등록된 공휴일이 아닙니다.")
            : TypedResults.NoContent();
    }

    private static DateOnly ParseDate(string date, ValidationErrors errors)
    {
        if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 2000 and <= 2100)
        {
            return day;
        }

        errors.Add("date", "날짜는 2000-01-01 ~ 2100-12-31 사이의 yyyy-MM-dd 형식이어야 합니다.");
        return default;
    }

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
