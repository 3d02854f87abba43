using System.Globalization;
using Matching.Domain.Events;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Infrastructure.Events;

/// <summary>The Korean wording of invitations, reminders and carry-over invitations.</summary>
public static class NotificationTexts
{
    private static readonly CultureInfo Korean = CultureInfo.GetCultureInfo("ko-KR");

    public static string When(DateTimeOffset at) =>
        at.ToOffset(KoreaClock.Offset).ToString("M월 d일(ddd) HH:mm", Korean);

    public static string Invitation(RecruitmentEvent ev, string name, string interviews) =>
        $"[{ev.Kind.Korean()}] {name}님, {When(ev.StartsAt)} {ev.Venue}에서 열리는 「{ev.Title}」 사전매칭 면접이 잡혔습니다. {interviews}. 당일 접수처에서 체크인해 주세요.";

    public static string Reminder(RecruitmentEvent ev, string name, string interviews) =>
        $"[{ev.Kind.Korean()} 안내] {name}님, 내일 {When(ev.StartsAt)} {ev.Venue} 「{ev.Title}」 면접을 잊지 마세요. {interviews}.";

    public static string CarryOver(RecruitmentEvent next, string name) =>
        $"[{next.Kind.Korean()}] {name}님, 지난 행사에 참석하지 못하셨네요. {When(next.StartsAt)} {next.Venue} 「{next.Title}」에 다시 초대합니다. 새로 추천된 기업과 면접 일정을 안내해 드리겠습니다.";

    /// <summary>Each placed seeker's text, naming every interview's time, employer and opening.</summary>
    public static async Task<Dictionary<Guid, (string Text, string? Phone)>> InterviewListsAsync(
        MatchingDbContext db, RecruitmentEvent ev, IReadOnlyDictionary<Guid, List<Interview>> bySeeker,
        Func<RecruitmentEvent, string, string, string> wording, CancellationToken ct)
    {
        var openingIds = bySeeker.Values.SelectMany(l => l).Select(i => i.OpeningId).Distinct().ToList();
        var openings = await db.Openings.AsNoTracking().Include(o => o.Employer).Where(o => openingIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => $"{o.Employer!.Name} {o.Title}", ct);
        var seekerIds = bySeeker.Keys.ToList();
        var seekers = await db.Seekers.AsNoTracking().Where(s => seekerIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => (s.Name, s.Phone), ct);

        var texts = new Dictionary<Guid, (string, string?)>();
        foreach (var (seekerId, interviews) in bySeeker)
        {
            var (name, phone) = seekers.GetValueOrDefault(seekerId);
            var list = string.Join(", ", interviews.Select(i => $"{i.StartsAt.ToOffset(KoreaClock.Offset):HH:mm} {openings.GetValueOrDefault(i.OpeningId, "")}"));
            texts[seekerId] = (wording(ev, name ?? "구직자", list), phone);
        }

        return texts;
    }
}
