using Matching.Application.Common;
using Matching.Domain.Events;

namespace Matching.Application.Events;

public static class EventValidator
{
    public static readonly TimeSpan LongestEvent = TimeSpan.FromHours(24);

    public const int DefaultSlotMinutes = 30;

    public static ValidationErrors Validate(EventRequest r, DateTimeOffset now)
    {
        var errors = new ValidationErrors();
        var slot = r.SlotMinutes ?? DefaultSlotMinutes;
        Describe(errors, r.Kind, r.Title, r.Venue, slot);
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

    /// <summary>What an event and a series have alike, so a series never creates an event these rules refuse.</summary>
    public static void Describe(ValidationErrors errors, EventKind? kind, string? title, string? venue, int slotMinutes)
    {
        errors.Required("kind", kind);
        if (errors.Required("title", title))
        {
            errors.Length("title", title, 1, 100);
        }

        if (errors.Required("venue", venue))
        {
            errors.Length("venue", venue, 1, 200);
        }

        errors.Range("slotMinutes", slotMinutes, 10, 240);
    }
}
