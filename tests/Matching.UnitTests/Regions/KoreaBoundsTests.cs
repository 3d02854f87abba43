using Matching.Domain.Regions;

namespace Matching.UnitTests.Regions;

public class KoreaBoundsTests
{
    [Theory]
    [InlineData(37.5665, 126.9780)] // Seoul City Hall
    [InlineData(33.1140, 126.2670)] // 마라도, the southern tip
    [InlineData(37.9700, 124.7100)] // 백령도, the far west
    [InlineData(37.4844, 130.9058)] // 울릉도
    [InlineData(37.2417, 131.8647)] // 독도
    [InlineData(38.6100, 128.3500)] // 고성 통일전망대, the northern tip
    public void Places_across_South_Korea_are_inside(double latitude, double longitude)
        => Assert.True(KoreaBounds.Contains(latitude, longitude));

    [Theory]
    [InlineData(35.6812, 139.7671)] // Tokyo
    [InlineData(39.9042, 116.4074)] // Beijing
    [InlineData(39.0392, 125.7625)] // Pyongyang
    [InlineData(0, 0)] // an unset coordinate
    [InlineData(126.9780, 37.5665)] // latitude and longitude swapped
    [InlineData(-37.5665, 126.9780)] // sign lost
    [InlineData(double.NaN, 126.9780)]
    [InlineData(37.5665, double.NaN)]
    public void Places_outside_or_garbled_coordinates_are_not(double latitude, double longitude)
        => Assert.False(KoreaBounds.Contains(latitude, longitude));
}
