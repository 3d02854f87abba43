using System.Globalization;
using System.Text;
using System.Text.Json;
using Matching.IntegrationTests.Stats;

namespace Matching.WebTests.Browser;

/// <summary>The seeds' 서구 records of a year as the files a centre would upload: seekers and placements as CSV, openings as NDJSON.</summary>
public static class SeoGuFiles
{
    public const string SeekerHeader = "name,birthYear,gender,address.sido,address.sigungu,desiredOccupations[],consentToMatching,registeredOn";

    /// <summary>
    /// Every seeker of the year (the unclassified with an empty 희망직종 cell), and after them the <paramref name="bad"/> lines,
    /// each refused for the reason its text says.
    /// </summary>
    public static string Seekers(SeoGuTables.Year year, IEnumerable<string> bad)
    {
        var text = new StringBuilder(SeekerHeader).Append('\n');
        var n = 0;
        foreach (var p in SeoGuTables.Seekers(year))
        {
            text.Append(CultureInfo.InvariantCulture, $"구직자{++n:D5},{p.BirthYear},{p.Gender},인천광역시,서구,{p.Occupation},true,{p.RegisteredOn:yyyy-MM-dd}\n");
        }

        foreach (var line in bad)
        {
            text.Append(line).Append('\n');
        }

        return text.ToString();
    }

    public static string Placements(SeoGuTables.Year year)
    {
        var text = new StringBuilder("hiredOn,gender,birthYear,occupation,registeredOn\n");
        foreach (var p in SeoGuTables.Placements(year))
        {
            text.Append(CultureInfo.InvariantCulture, $"{p.HiredOn:yyyy-MM-dd},{p.Gender},{p.BirthYear},{p.Occupation},{p.RegisteredOn:yyyy-MM-dd}\n");
        }

        return text.ToString();
    }

    public static string Openings(SeoGuTables.Year year, Guid employerId) => string.Join('\n', SeoGuTables.Openings(year).Select(o => JsonSerializer.Serialize(new
    {
        employerId, title = $"{o.Occupation} 채용", occupation = o.Occupation, headcount = o.Headcount,
        wage = new { unit = "Hourly", min = 10_000 }, employmentType = "Permanent", address = new { sido = "인천광역시", sigungu = "서구" },
        postedOn = o.PostedOn, closesOn = o.PostedOn.AddDays(30),
    }))) + "\n";
}
