using Matching.Domain.Regions;

namespace Matching.UnitTests.Regions;

public class GeoDistanceTests
{
    [Fact]
    public void Guro_gu_to_Incheon_Seo_gu_is_an_ordinary_commute()
    {
        Assert.True(RegionCatalog.Korea.TryFind("서울", "구로구", out var guro));
        Assert.True(RegionCatalog.Korea.TryFind("인천", "서구", out var seoGu));
        Assert.InRange(GeoDistance.Kilometres(guro, seoGu), 15, 25);
    }

    [Fact]
    public void Seoul_to_Busan_city_halls_is_about_325_km()
    {
        var seoul = RegionCatalog.Korea.CentroidOf("서울");
        var busan = RegionCatalog.Korea.CentroidOf("부산");
        Assert.InRange(GeoDistance.Kilometres(seoul.Latitude, seoul.Longitude, busan.Latitude, busan.Longitude), 310, 340);
    }

    [Fact]
    public void A_point_is_zero_kilometres_from_itself()
        => Assert.Equal(0, GeoDistance.Kilometres(37.4954, 126.8874, 37.4954, 126.8874));

    [Fact]
    public void Distance_is_the_same_both_ways()
        => Assert.Equal(
            GeoDistance.Kilometres(37.4954, 126.8874, 33.4996, 126.5312),
            GeoDistance.Kilometres(33.4996, 126.5312, 37.4954, 126.8874),
            9);

    [Fact]
    public void One_degree_of_latitude_is_about_111_km()
        => Assert.Equal(111.2, GeoDistance.Kilometres(37, 127, 38, 127), 1);

    [Fact]
    public void One_degree_of_longitude_shrinks_with_latitude()
        => Assert.Equal(111.2 * Math.Cos(37.5 * Math.PI / 180), GeoDistance.Kilometres(37.5, 126.5, 37.5, 127.5), 0);

    [Fact]
    public void Antipodes_are_half_the_circumference_and_not_NaN()
        => Assert.Equal(Math.PI * GeoDistance.EarthRadiusKilometres, GeoDistance.Kilometres(37.5, 127, -37.5, -53), 3);
}
