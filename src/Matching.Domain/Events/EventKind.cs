namespace Matching.Domain.Events;

/// <summary>The kinds of recruitment event the seeds' centres run.</summary>
public enum EventKind
{
    /// <summary>채용한마당: the yearly fair, with pre-matching and an interview timetable.</summary>
    JobFair,
    /// <summary>금요채용마당: a hiring day every Friday.</summary>
    FridayHiring,
    /// <summary>상설채용관: the standing recruitment hall.</summary>
    StandingHall,
    /// <summary>찾아가는 취업상담실: mobile counselling, twice a month.</summary>
    MobileCounselling,
    /// <summary>찾아가는 일자리발굴단: weekly outreach visits to employers.</summary>
    OutreachVisit,
    /// <summary>찾아가는 구인·구직 만남의 날.</summary>
    MeetingDay,
}

public static class EventKindNames
{
    public static string Korean(this EventKind kind) => kind switch
    {
        EventKind.JobFair => "채용한마당",
        EventKind.FridayHiring => "금요채용마당",
        EventKind.StandingHall => "상설채용관",
        EventKind.MobileCounselling => "찾아가는 취업상담실",
        EventKind.OutreachVisit => "찾아가는 일자리발굴단",
        EventKind.MeetingDay => "찾아가는 구인·구직 만남의 날",
        _ => kind.ToString(),
    };
}
