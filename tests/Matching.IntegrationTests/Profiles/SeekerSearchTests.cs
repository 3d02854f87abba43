using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Profiles;

/// <summary>The desk's one search box: part of a name, a birth year or digits of a phone, with the total for the pager.</summary>
public sealed class SeekerSearchTests : IClassFixture<MatchingApiFactory>
{
    private readonly MatchingApiFactory factory;

    public SeekerSearchTests(MatchingApiFactory factory) => this.factory = factory;

    [Fact]
    public async Task A_counsellor_finds_seekers_by_name_birth_year_or_phone_digits()
    {
        var client = await factory.ClientForRoleAsync("Counsellor");
        var run = Random.Shared.Next(100, 999);
        await RegisterAsync(client, $"검색용{run}가", 1987, $"010-{run}1-5678");
        await RegisterAsync(client, $"검색용{run}나", 1990, $"010-{run}2-1987");
        await RegisterAsync(client, $"검색용{run}다", 1991, $"010-{run}3-4321");

        Assert.Equal(3, (await SearchAsync(client, $"검색용{run}")).Total);
        // The whole tail: a shorter run of digits can recur inside another phone (run 343: "3432" is in 010-3433-4321).
        Assert.Equal([$"검색용{run}나"], (await SearchAsync(client, $"{run}2-1987")).Names);
        // 1987 is a birth year and also the end of a phone number: a counsellor means either.
        Assert.Equal([$"검색용{run}가", $"검색용{run}나"], (await SearchAsync(client, $"검색용{run}")).Names[..2]);
        var year = await SearchAsync(client, "1987");
        Assert.Contains($"검색용{run}가", year.Names);
        Assert.Contains($"검색용{run}나", year.Names);
        Assert.DoesNotContain($"검색용{run}다", year.Names);
        Assert.Equal([$"검색용{run}다"], (await SearchAsync(client, $"010-{run}3")).Names);

        var page = await SearchAsync(client, $"검색용{run}", skip: 1, take: 1);
        Assert.Equal(3, page.Total);
        Assert.Equal([$"검색용{run}나"], page.Names);
    }

    private static async Task RegisterAsync(HttpClient client, string name, int birthYear, string phone)
    {
        var body = Bodies.Seeker();
        body["name"] = name;
        body["birthYear"] = birthYear;
        body["phone"] = phone;
        await HttpAssert.JsonAsync(await client.PostAsJsonAsync("/api/seekers", body), HttpStatusCode.Created);
    }

    private static async Task<(int Total, string[] Names)> SearchAsync(HttpClient client, string q, int skip = 0, int take = 50)
    {
        var response = await client.GetAsync($"/api/seekers?q={Uri.EscapeDataString(q)}&skip={skip}&take={take}");
        var list = await HttpAssert.JsonAsync(response, HttpStatusCode.OK);
        var total = int.Parse(response.Headers.GetValues("X-Total-Count").Single());
        return (total, list.EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToArray());
    }
}
