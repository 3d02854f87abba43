using System.Net;
using System.Net.Http.Json;
using Matching.IntegrationTests.Infrastructure;

namespace Matching.IntegrationTests.Stats;

/// <summary>A host holding 서구's 2023 and 2024 records, brought in once for the class through the import API.</summary>
public sealed class SeoGuFactory : IAsyncLifetime
{
    private readonly MatchingApiFactory factory = new();
    private HttpClient? client;

    public Task<HttpClient> LoginAsync() => factory.LoginAsync();

    public Task<HttpClient> LoadedClientAsync() => Task.FromResult(client!);

    public async Task InitializeAsync()
    {
        client = await factory.LoginAsync();
        var employer = await HttpAssert.JsonAsync(await client.PostAsJsonAsync("/api/employers", Bodies.Employer(Bodies.BusinessNumber(31_544))), HttpStatusCode.Created);
        var employerId = employer.GetProperty("id").GetGuid();
        foreach (var year in new[] { SeoGuTables.Y2023, SeoGuTables.Y2024 })
        {
            var openings = SeoGuTables.Openings(year).Select(o =>
            {
                var body = Bodies.Opening(employerId);
                body["occupation"] = o.Occupation;
                body["headcount"] = o.Headcount;
                body["wage"] = new { unit = "Hourly", min = 10_000 };
                body["requiredCertificates"] = Array.Empty<string>();
                body["postedOn"] = o.PostedOn;
                body["closesOn"] = o.PostedOn.AddDays(30);
                return (object)body;
            });
            var seekers = SeoGuTables.Seekers(year).Select(p =>
            {
                var body = Bodies.Seeker();
                body["gender"] = p.Gender;
                body["birthYear"] = p.BirthYear;
                // The unclassified (13 in 2024, every 2023 seeker: that year has no 직종 table) come without one.
                if (p.Occupation is null)
                {
                    body.Remove("desiredOccupations");
                }
                else
                {
                    body["desiredOccupations"] = new[] { p.Occupation };
                }

                body["registeredOn"] = p.RegisteredOn;
                return (object)body;
            });
            var placements = SeoGuTables.Placements(year).Select(p =>
                (object)new { hiredOn = p.HiredOn, gender = p.Gender, birthYear = p.BirthYear, occupation = p.Occupation, registeredOn = p.RegisteredOn });

            foreach (var (kind, lines) in new[] { ("openings", openings), ("seekers", seekers), ("placements", placements) })
            {
                var job = await Imports.RunAsync(client, kind, Imports.Ndjson(lines));
                Assert.True(job.GetProperty("rejected").GetInt32() == 0, job.ToString());
            }
        }
    }

    public async Task DisposeAsync() => await factory.DisposeAsync();
}
