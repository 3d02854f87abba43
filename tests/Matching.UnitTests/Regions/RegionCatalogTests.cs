using Matching.Domain.Regions;

namespace Matching.UnitTests.Regions;

public class RegionCatalogTests
{
    private static readonly RegionCatalog Korea = RegionCatalog.Korea;

    private static readonly string[] SeoulGu =
    [
        "종로구", "중구", "용산구", "성동구", "광진구", "동대문구", "중랑구", "성북구", "강북구", "도봉구",
        "노원구", "은평구", "서대문구", "마포구", "양천구", "강서구", "구로구", "금천구", "영등포구",
        "동작구", "관악구", "서초구", "강남구", "송파구", "강동구",
    ];

    private static readonly string[] IncheonCurrent =
    [
        "제물포구", "영종구", "미추홀구", "연수구", "남동구", "부평구", "계양구", "서구", "검단구", "강화군", "옹진군",
    ];

    private static readonly string[] GyeonggiSiGun =
    [
        "수원시", "성남시", "의정부시", "안양시", "부천시", "광명시", "평택시", "동두천시", "안산시", "고양시",
        "과천시", "구리시", "남양주시", "오산시", "시흥시", "군포시", "의왕시", "하남시", "용인시", "파주시",
        "이천시", "안성시", "김포시", "화성시", "광주시", "양주시", "포천시", "여주시", "연천군", "가평군", "양평군",
    ];

    private static readonly string[] GyeonggiGeneralDistricts =
    [
        "수원시 장안구", "수원시 권선구", "수원시 팔달구", "수원시 영통구",
        "성남시 수정구", "성남시 중원구", "성남시 분당구",
        "안양시 만안구", "안양시 동안구",
        "부천시 원미구", "부천시 소사구", "부천시 오정구",
        "안산시 상록구", "안산시 단원구",
        "고양시 덕양구", "고양시 일산동구", "고양시 일산서구",
        "용인시 처인구", "용인시 기흥구", "용인시 수지구",
        "화성시 만세구", "화성시 효행구", "화성시 병점구", "화성시 동탄구",
    ];

    // Islands whose entry is deliberately far from the 시도 centroid (옹진 uses its mainland 군청).
    private static readonly HashSet<string> Islands = ["옹진군", "울릉군"];

    [Fact]
    public void Korea_lists_the_17_sido_by_official_name_in_code_order()
    {
        string[] expected =
        [
            "서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시",
            "세종특별자치시", "경기도", "강원특별자치도", "충청북도", "충청남도", "전북특별자치도", "전라남도",
            "경상북도", "경상남도", "제주특별자치도",
        ];
        Assert.Equal(expected, Korea.Sidos);
    }

    [Fact]
    public void Seoul_has_exactly_its_25_gu()
    {
        var names = Korea.SigunguOf("서울특별시").Select(r => r.Sigungu);
        Assert.Equal(SeoulGu.Order(), names.Order());
    }

    [Fact]
    public void Incheon_lists_the_districts_in_force_since_July_2026()
    {
        var names = Korea.SigunguOf("인천광역시").Select(r => r.Sigungu);
        Assert.Equal(IncheonCurrent.Order(), names.Order());
    }

    [Theory]
    [InlineData("중구")]
    [InlineData("동구")]
    [InlineData("남구")]
    public void Former_Incheon_districts_still_resolve_marked_legacy(string sigungu)
    {
        Assert.True(Korea.TryFind("인천", sigungu, out var region));
        Assert.True(region.IsLegacy);
        Assert.DoesNotContain(region, Korea.SigunguOf("인천"));
        Assert.Contains(region, Korea.SigunguOf("인천", includeLegacy: true));
    }

    [Fact]
    public void Only_the_former_Incheon_districts_are_legacy()
    {
        var legacy = Korea.Sidos.SelectMany(s => Korea.SigunguOf(s, includeLegacy: true)).Where(r => r.IsLegacy);
        Assert.Equal(["인천광역시 남구", "인천광역시 동구", "인천광역시 중구"], legacy.Select(r => $"{r.Sido} {r.Sigungu}").Order());
    }

    [Fact]
    public void Gyeonggi_has_all_31_si_and_gun()
    {
        var cities = Korea.SigunguOf("경기도").Select(r => r.Sigungu).Where(name => !name.Contains(' '));
        Assert.Equal(GyeonggiSiGun.Order(), cities.Order());
    }

    [Fact]
    public void Gyeonggi_lists_every_general_district_written_city_then_gu()
    {
        var districts = Korea.SigunguOf("경기도").Select(r => r.Sigungu).Where(name => name.Contains(' '));
        Assert.Equal(GyeonggiGeneralDistricts.Order(), districts.Order());
    }

    [Fact]
    public void Korea_has_all_227_basic_local_governments_plus_Sejong_and_Jejus_two_cities()
    {
        var perSido = Korea.Sidos.ToDictionary(s => s, s => Korea.SigunguOf(s).Count(r => !r.Sigungu.Contains(' ')));
        var expected = new Dictionary<string, int>
        {
            ["서울특별시"] = 25, ["부산광역시"] = 16, ["대구광역시"] = 9, ["인천광역시"] = 11, ["광주광역시"] = 5,
            ["대전광역시"] = 5, ["울산광역시"] = 5, ["세종특별자치시"] = 1, ["경기도"] = 31, ["강원특별자치도"] = 18,
            ["충청북도"] = 11, ["충청남도"] = 15, ["전북특별자치도"] = 14, ["전라남도"] = 22, ["경상북도"] = 22,
            ["경상남도"] = 18, ["제주특별자치도"] = 2,
        };
        Assert.Equal(expected, perSido);
        Assert.Equal(227 + 1 + 2, perSido.Values.Sum());
    }

    [Fact]
    public void Gunwi_belongs_to_Daegu_since_2023()
    {
        Assert.True(Korea.TryFind("대구", "군위군", out _));
        Assert.False(Korea.TryFind("경북", "군위군", out _));
    }

    [Fact]
    public void Every_general_district_names_a_city_of_the_same_sido()
    {
        foreach (var district in Korea.Sidos.SelectMany(s => Korea.SigunguOf(s)).Where(r => r.Sigungu.Contains(' ')))
        {
            var city = district.Sigungu[..district.Sigungu.IndexOf(' ')];
            Assert.True(Korea.TryFind(district.Sido, city, out var parent), $"{district.Sigungu} has no city entry");
            // 화성 is wide: 동탄 lies some 23 km east of the 시청 at 남양.
            var km = GeoDistance.Kilometres(parent, district);
            Assert.True(km <= 30, $"{district.Sigungu} is {km:F0} km from {city}");
        }
    }

    [Fact]
    public void Every_coordinate_lies_inside_Korea()
    {
        foreach (var sido in Korea.Sidos)
        {
            var (latitude, longitude) = Korea.CentroidOf(sido);
            Assert.True(KoreaBounds.Contains(latitude, longitude), sido);
            foreach (var region in Korea.SigunguOf(sido, includeLegacy: true))
                Assert.True(KoreaBounds.Contains(region.Latitude, region.Longitude), $"{sido} {region.Sigungu}");
        }
    }

    [Fact]
    public void Every_sigungu_lies_near_its_sido_centroid_except_the_islands()
    {
        foreach (var sido in Korea.Sidos)
        {
            var (latitude, longitude) = Korea.CentroidOf(sido);
            // A city is compact; a 도 spans up to ~200 km, so its centre is up to ~100 km from the edge.
            var limit = sido.EndsWith('도') ? 100 : 50;
            foreach (var region in Korea.SigunguOf(sido, includeLegacy: true).Where(r => !Islands.Contains(r.Sigungu)))
            {
                var km = GeoDistance.Kilometres(latitude, longitude, region.Latitude, region.Longitude);
                Assert.True(km <= limit, $"{sido} {region.Sigungu} is {km:F0} km from the centroid");
            }
        }
    }

    [Fact]
    public void Ulleung_lies_out_at_sea_far_east_of_the_mainland()
    {
        Assert.True(Korea.TryFind("경북", "울릉군", out var ulleung));
        Assert.InRange(ulleung.Longitude, 130.7, 131.0);
    }

    [Theory]
    [InlineData("인천광역시", "서구", 37.545, 126.676)]
    [InlineData("서울특별시", "구로구", 37.495, 126.887)]
    [InlineData("서울특별시", "중구", 37.564, 126.998)]
    [InlineData("부산광역시", "해운대구", 35.163, 129.164)]
    [InlineData("경기도", "수원시", 37.264, 127.029)]
    [InlineData("제주특별자치도", "서귀포시", 33.254, 126.560)]
    public void Well_known_offices_are_placed_within_two_kilometres(string sido, string sigungu, double latitude, double longitude)
    {
        Assert.True(Korea.TryFind(sido, sigungu, out var region));
        Assert.InRange(GeoDistance.Kilometres(latitude, longitude, region.Latitude, region.Longitude), 0, 2);
    }

    [Fact]
    public void Same_district_name_in_two_cities_gives_two_places()
    {
        Assert.True(Korea.TryFind("서울", "중구", out var seoul));
        Assert.True(Korea.TryFind("부산", "중구", out var busan));
        Assert.NotEqual(seoul, busan);
        Assert.Equal("부산광역시", busan.Sido);
    }

    [Theory]
    [InlineData("경기도", "수원시 장안구")]
    [InlineData("경기도", "수원시장안구")]
    [InlineData("경기", " 수원시  장안구 ")]
    [InlineData(" 경 기 도 ", "수원시\t장안구")]
    public void Finding_a_district_ignores_whitespace_and_accepts_a_short_sido(string sido, string sigungu)
    {
        Assert.True(Korea.TryFind(sido, sigungu, out var region));
        Assert.Equal(new Region("경기도", "수원시 장안구", region.Latitude, region.Longitude), region);
    }

    [Fact]
    public void Decomposed_hangul_from_a_mac_keyboard_is_found()
    {
        var sido = "서울".Normalize(System.Text.NormalizationForm.FormD);
        var sigungu = "구로구".Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual("구로구", sigungu);
        Assert.True(Korea.TryFind(sido, sigungu, out var region));
        Assert.Equal("구로구", region.Sigungu);
    }

    [Theory]
    [InlineData("서울", "수원시")]
    [InlineData("서울", "해운대구")]
    [InlineData("서울", "")]
    [InlineData("서울", null)]
    [InlineData("경기도", "장안구")]
    [InlineData("경기도", "수원")]
    [InlineData("인천", "구로구")]
    [InlineData("도쿄", "신주쿠구")]
    [InlineData(null, "구로구")]
    [InlineData("", "구로구")]
    public void Unknown_or_misplaced_sigungu_is_not_found(string? sido, string? sigungu)
    {
        Assert.False(Korea.TryFind(sido, sigungu, out var region));
        Assert.Null(region);
    }

    [Theory]
    [InlineData("세종특별자치시", "")]
    [InlineData("세종", null)]
    [InlineData("세종시", "세종시")]
    [InlineData("세종", "세종특별자치시")]
    [InlineData("세종", "세종")]
    public void Sejong_without_sigungu_is_the_whole_city(string sido, string? sigungu)
    {
        Assert.True(Korea.TryFind(sido, sigungu, out var region));
        Assert.Equal("세종특별자치시", region.Sido);
        Assert.Single(Korea.SigunguOf("세종"));
    }

    [Theory]
    [InlineData("서울", "서울특별시")]
    [InlineData("서울시", "서울특별시")]
    [InlineData("서울특별시", "서울특별시")]
    [InlineData(" 서울 특별시 ", "서울특별시")]
    [InlineData("Seoul", "서울특별시")]
    [InlineData("SEOUL", "서울특별시")]
    [InlineData("부산", "부산광역시")]
    [InlineData("부산시", "부산광역시")]
    [InlineData("대구", "대구광역시")]
    [InlineData("인천", "인천광역시")]
    [InlineData("인천시", "인천광역시")]
    [InlineData("광주", "광주광역시")]
    [InlineData("대전", "대전광역시")]
    [InlineData("울산", "울산광역시")]
    [InlineData("세종", "세종특별자치시")]
    [InlineData("세종시", "세종특별자치시")]
    [InlineData("경기", "경기도")]
    [InlineData("경기도", "경기도")]
    [InlineData("강원", "강원특별자치도")]
    [InlineData("강원도", "강원특별자치도")]
    [InlineData("충북", "충청북도")]
    [InlineData("충남", "충청남도")]
    [InlineData("전북", "전북특별자치도")]
    [InlineData("전라북도", "전북특별자치도")]
    [InlineData("전남", "전라남도")]
    [InlineData("경북", "경상북도")]
    [InlineData("경남", "경상남도")]
    [InlineData("제주", "제주특별자치도")]
    [InlineData("제주도", "제주특별자치도")]
    [InlineData("Gyeonggi-do", "경기도")]
    public void Short_and_former_sido_names_normalise_to_the_official_name(string input, string expected)
    {
        Assert.True(Korea.TryNormalizeSido(input, out var sido));
        Assert.Equal(expected, sido);
    }

    [Fact]
    public void Every_official_sido_name_normalises_to_itself()
    {
        foreach (var name in Korea.Sidos)
        {
            Assert.True(Korea.TryNormalizeSido(name, out var sido));
            Assert.Equal(name, sido);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("서")]
    [InlineData("서울구")]
    [InlineData("경기시")]
    [InlineData("도쿄")]
    [InlineData("Tokyo")]
    public void Unknown_sido_is_refused(string? input)
    {
        Assert.False(Korea.TryNormalizeSido(input, out var sido));
        Assert.Equal(string.Empty, sido);
    }

    [Fact]
    public void Sigungu_of_an_unknown_sido_is_empty()
        => Assert.Empty(Korea.SigunguOf("도쿄"));

    [Fact]
    public void Sigungu_of_accepts_a_short_sido()
        => Assert.Equal(Korea.SigunguOf("서울특별시"), Korea.SigunguOf("서울"));

    [Fact]
    public void Centroid_of_a_sido_accepts_a_short_name()
    {
        var (latitude, longitude) = Korea.CentroidOf("서울");
        Assert.Equal(Korea.CentroidOf("서울특별시"), (latitude, longitude));
        Assert.InRange(latitude, 37.55, 37.58);
        Assert.InRange(longitude, 126.96, 126.99);
    }

    [Fact]
    public void Centroid_of_an_unknown_sido_throws()
        => Assert.Throws<ArgumentException>(() => Korea.CentroidOf("도쿄"));

    [Fact]
    public void The_catalogue_is_loaded_once()
        => Assert.Same(RegionCatalog.Korea, RegionCatalog.Korea);
}
