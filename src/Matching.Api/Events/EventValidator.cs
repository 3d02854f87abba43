using Matching.Api.Common;

namespace Matching.Api.Events;

internal static class EventValidator
{
    public static readonly TimeSpan LongestEvent = TimeSpan.FromHours(24);

    public static ValidationErrors Validate(EventRequest r, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        errors.Required("kind", r.Kind);
        if (errors.Required("title", r.Title))
        {
            errors.Length("title", r.Title, 1, 100);
        }

        if (errors.Required("venue", r.Venue))
        {
            errors.Length("venue", r.Venue, 1, 200);
        }

        var slot = r.SlotMinutes ?? 30;
        errors.Range("slotMinutes", slot, 10, 240);
        if (errors.Required("startsAt", r.StartsAt) && r.StartsAt < now.AddDays(-1))
        {
            errors.Add("startsAt", "이미 지난 날짜에는 행사를 만들 수 없습니다.");
        }

        if (errors.Required("endsAt", r.EndsAt) && r.StartsAt is { } starts && r.EndsAt is { } ends)
        {
            if (ends - starts < TimeSpan.FromMinutes(slot))
            {
                errors.Add("endsAt", "종료 시각은 시작 시각보다 면접 한 타임(slotMinutes) 이상 늦어야 합니다.");
            }
            else if (ends - starts > LongestEvent)
            {
                errors.Add("endsAt", "행사는 24시간을 넘을 수 없습니다. 여러 날 열리는 행사는 날마다 만드세요.");
            }
        }

        return errors;
    }
}
