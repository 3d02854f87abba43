using Matching.Domain.Profiles;

namespace Matching.UnitTests;

public class WageHoursTests
{
    [Theory]
    [InlineData(WageUnit.Hourly, 10_030, 10_030)]
    [InlineData(WageUnit.Monthly, 2_096_270, 10_030)]
    [InlineData(WageUnit.Annual, 25_155_240, 10_030)]
    public void Wages_normalise_to_hourly_at_209_hours_a_month(WageUnit unit, long amount, double hourly)
        => Assert.Equal(hourly, WageHours.ToHourly(unit, amount), 6);
}
