using System.Globalization;
using Matching.Domain.Events;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Infrastructure.Scheduling;

/// <summary>The holidays shipped with the domain (<c>Data/holidays.tsv</c>: date, name; 2025–2027).</summary>
public static class PublicHolidayFile
{
    private const string ResourceName = "Matching.Domain.Data.holidays.tsv";

    public static List<PublicHoliday> Read()
    {
        using var stream = typeof(EventKind).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in Matching.Domain");
        using var reader = new StreamReader(stream);
        var holidays = new List<PublicHoliday>();
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split('\t');
            holidays.Add(new PublicHoliday
            {
                Date = DateOnly.ParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture),
                Name = fields[1].Trim(),
            });
        }

        return holidays;
    }
}
