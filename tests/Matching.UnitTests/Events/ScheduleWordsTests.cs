using Matching.Domain.Events;

namespace Matching.UnitTests.Events;

public sealed class ScheduleWordsTests
{
    [Theory]
    [InlineData("0 14 * * FRI", "매주 금요일 14:00")]
    [InlineData("0 0 14 ? * FRI", "매주 금요일 14:00")]
    [InlineData("0 14 * * 5", "매주 금요일 14:00")]
    [InlineData("0 0 14 ? * fri", "매주 금요일 14:00")]
    [InlineData("30 9 * * MON-FRI", "평일(월~금) 09:30")]
    [InlineData("0 10 * * 1-5", "평일(월~금) 10:00")]
    [InlineData("0 10 * * MON,WED,FRI", "매주 월·수·금요일 10:00")]
    [InlineData("0 10 * * SUN,SAT", "매주 토·일요일 10:00")]
    [InlineData("0 10 * * 0,6", "매주 토·일요일 10:00")]
    [InlineData("0 10 * * 7", "매주 일요일 10:00")]
    [InlineData("0 10 * * FRI-SUN", "매주 금·토·일요일 10:00")]
    [InlineData("0 9,14 * * FRI", "매주 금요일 09:00·14:00")]
    [InlineData("0 10 1,15 * *", "매월 1일·15일 10:00")]
    [InlineData("0 0 10 L * ?", "매월 말일 10:00")]
    [InlineData("0 10 * * TUE#2", "매월 둘째 화요일 10:00")]
    [InlineData("0 0 10 ? * TUE#2,TUE#4", "매월 둘째·넷째 화요일 10:00")]
    [InlineData("0 10 * * 5L", "매월 마지막 금요일 10:00")]
    [InlineData("0 10 * * *", "매일 10:00")]
    [InlineData("0 10 * * SUN-SAT", "매일 10:00")]
    [InlineData("0 10 1 3 *", "매년 3월 1일 10:00")]
    [InlineData("0 14 * MAR,SEP FRI", "3월·9월 매주 금요일 14:00")]
    public void A_schedule_reads_as_an_organiser_would_say_it(string cron, string words) =>
        Assert.Equal(words, ScheduleWords.Describe(cron));

    [Theory]
    [InlineData("*/15 * * * *")]
    [InlineData("0 9-17 * * MON")]
    [InlineData("0 10 1 * MON")]
    [InlineData("30 0 14 ? * FRI")]
    [InlineData("0 10 * * TUE#2,WED#4")]
    [InlineData("0 14 * *")]
    [InlineData("")]
    [InlineData(null)]
    public void What_has_no_plain_words_is_left_to_the_cron(string? cron) =>
        Assert.Null(ScheduleWords.Describe(cron));
}
