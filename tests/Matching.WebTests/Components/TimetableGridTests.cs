using Bunit;
using Matching.Api.Components.Shared;
using Matching.Application.Events;
using Matching.Domain.Events;

namespace Matching.WebTests.Components;

public sealed class TimetableGridTests : MudTestContext
{
    private static readonly DateTimeOffset Ten = new(2026, 12, 15, 10, 0, 0, TimeSpan.FromHours(9));

    [Fact]
    public void Slots_run_down_booths_across_and_each_seat_sits_in_its_booth_and_slot()
    {
        var care = Guid.NewGuid();
        var food = Guid.NewGuid();
        var ev = new EventResponse(Guid.NewGuid(), 1, EventKind.JobFair, "채용한마당", "서구 채용한마당", Ten, Ten.AddMinutes(90), "서구청", 30, null,
            EventStatus.Scheduled, PrematchStatus.Done, Ten, null, 2, 3, null);
        IReadOnlyList<BoothView> booths =
        [
            new(care, "(주)청라케어", [new BoothOpening(Guid.NewGuid(), "요양보호사", "5501")], 2, Ten),
            new(food, "(주)서해푸드", [new BoothOpening(Guid.NewGuid(), "조리사", "5311")], 1, Ten),
        ];
        var timetable = new TimetableResponse(ev.Id, PrematchStatus.Done, Ten, Ten, 50,
        [
            Slot(0, care, "김영숙", 81.4),
            Slot(0, care, "이순자", 77),
            Slot(2, food, "박정희", 64.6),
            Slot(1, food, "취소됨", 90, InterviewStatus.Cancelled),
        ], [], []);

        var grid = Render<TimetableGrid>(p => p.Add(x => x.Event, ev).Add(x => x.Booths, booths).Add(x => x.Timetable, timetable));

        Assert.Equal(["시간", "(주)청라케어면접관 2명", "(주)서해푸드면접관 1명"], grid.FindAll("thead th").Select(th => th.TextContent.Trim()).ToList());
        var rows = grid.FindAll("tbody tr");
        Assert.Equal(["10:00", "10:30", "11:00"], rows.Select(r => r.QuerySelector("th")!.TextContent).ToList());
        Assert.Equal(["김영숙 81점", "이순자 77점"], rows[0].QuerySelectorAll("td")[0].QuerySelectorAll(".seat").Select(s => s.TextContent).ToList());
        Assert.Empty(rows[1].QuerySelectorAll(".seat"));
        Assert.Equal("박정희 65점", rows[2].QuerySelectorAll("td")[1].TextContent.Trim());
    }

    private static TimetableSlot Slot(int index, Guid employerId, string name, double score, InterviewStatus status = InterviewStatus.Scheduled) =>
        new(Guid.NewGuid(), index, Ten.AddMinutes(30 * index), employerId, Guid.NewGuid(), Guid.NewGuid(), name, score, status);
}
