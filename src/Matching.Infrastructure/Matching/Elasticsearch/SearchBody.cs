using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Matching.Domain.Matching.TwoPhase;

namespace Matching.Infrastructure.Matching.Elasticsearch;

/// <summary>
/// Phase one as an Elasticsearch search: the plan's filters in a <c>bool</c> filter (no score), the best occupation
/// weight as a <c>dis_max</c> of <c>constant_score</c> clauses, and every other term a <c>function_score</c> function,
/// summed. Hits come by that score, then by id, so <c>search_after</c> pages through them in a stable order.
/// </summary>
public static class SearchBody
{
    /// <summary>Dates later than today count as today: the exponential decay is flat within this offset of a shifted origin.</summary>
    private const int FutureDays = 3650;

    public static string Path(CandidateField field) => field switch
    {
        CandidateField.Status => "status",
        CandidateField.OccupationCodes => "occupations.codes",
        CandidateField.OccupationMajor => "occupations.major",
        CandidateField.OccupationMiddle => "occupations.middle",
        CandidateField.OccupationMinor => "occupations.minor",
        CandidateField.OccupationSub => "occupations.sub",
        CandidateField.Location => "location",
        CandidateField.HourlyWage => "hourlyWage",
        CandidateField.Education => "education",
        CandidateField.Consent => "consent",
        CandidateField.AcceptsAnyOccupation => "acceptsAnyOccupation",
        CandidateField.CommuteMinutes => "commuteMinutes",
        CandidateField.ReachableParks => "reachableParks",
        CandidateField.EmploymentTypes => "employmentTypes",
        CandidateField.MaxWeeklyHours => "maxWeeklyHours",
        CandidateField.Skills => "skills",
        CandidateField.Certificates => "certificates",
        CandidateField.ExperienceMajor => "experienceOccupations.major",
        CandidateField.ExperienceMiddle => "experienceOccupations.middle",
        CandidateField.Programmes => "programmes",
        CandidateField.BirthYear => "birthYear",
        CandidateField.UpdatedAt => "updatedAt",
        CandidateField.IndustrialPark => "industrialPark",
        CandidateField.EmploymentType => "employmentType",
        CandidateField.WorkHours => "workHours",
        CandidateField.RequiredCertificates => "requiredCertificates",
        CandidateField.RequiredCertificateCount => "requiredCertificateCount",
        CandidateField.PreferredSkills => "preferredSkills",
        CandidateField.PreferredSkillCount => "preferredSkillCount",
        CandidateField.MinExperienceMonths => "minExperienceMonths",
        CandidateField.WelcomesProgrammes => "welcomesProgrammes",
        CandidateField.ClosesOn => "closesOn",
        CandidateField.PostedAt => "postedAt",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>
    /// The search for one page. <paramref name="pit"/> and <paramref name="after"/> are absent on a first page, which is
    /// sent to the alias itself; with a point in time the index comes from the point in time.
    /// </summary>
    public static string Write(CandidateQuery query, int size, string? pit = null, JsonElement? after = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteNumber("size", size);
            w.WriteBoolean("track_total_hits", false);
            w.WriteStartObject("query");
            w.WriteStartObject("function_score");
            w.WriteStartObject("query");
            w.WriteStartObject("bool");
            w.WriteStartArray("filter");
            foreach (var clause in query.Filters) Clause(w, clause);
            w.WriteEndArray();
            if (query.Occupation.Count > 0)
            {
                w.WriteStartArray("should");
                w.WriteStartObject();
                w.WriteStartObject("dis_max");
                w.WriteStartArray("queries");
                foreach (var o in query.Occupation)
                {
                    w.WriteStartObject();
                    w.WriteStartObject("constant_score");
                    w.WritePropertyName("filter");
                    Clause(w, o.When!);
                    w.WriteNumber("boost", o.Weight);
                    w.WriteEndObject();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndArray();
            }
            w.WriteEndObject(); // bool
            w.WriteEndObject(); // query
            w.WriteStartArray("functions");
            foreach (var term in query.Terms) Function(w, term);
            w.WriteEndArray();
            w.WriteString("score_mode", "sum");
            w.WriteString("boost_mode", "sum");
            w.WriteEndObject(); // function_score
            w.WriteEndObject(); // query
            w.WriteStartArray("sort");
            w.WriteStartObject();
            w.WriteString("_score", "desc");
            w.WriteEndObject();
            w.WriteStartObject();
            w.WriteString("id", "asc");
            w.WriteEndObject();
            w.WriteEndArray();
            if (pit is not null)
            {
                w.WriteStartObject("pit");
                w.WriteString("id", pit);
                w.WriteString("keep_alive", "1m");
                w.WriteEndObject();
            }
            if (after is { } values)
            {
                w.WritePropertyName("search_after");
                values.WriteTo(w);
            }
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Clause(Utf8JsonWriter w, Clause clause)
    {
        w.WriteStartObject();
        switch (clause)
        {
            case TermIn t:
                w.WriteStartObject("terms");
                w.WriteStartArray(Path(t.Field));
                foreach (var v in t.Values) w.WriteStringValue(Normal(t.Field, v));
                w.WriteEndArray();
                w.WriteEndObject();
                break;
            case NumberIn n:
                w.WriteStartObject("range");
                w.WriteStartObject(Path(n.Field));
                if (n.Min is double min) w.WriteNumber("gte", min);
                if (n.Max is double max) w.WriteNumber("lte", max);
                w.WriteEndObject();
                w.WriteEndObject();
                break;
            case DateFrom d:
                w.WriteStartObject("range");
                w.WriteStartObject(Path(d.Field));
                w.WriteString("gte", d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteEndObject();
                w.WriteEndObject();
                break;
            case Absent a:
                w.WriteStartObject("bool");
                w.WriteStartArray("must_not");
                w.WriteStartObject();
                w.WriteStartObject("exists");
                w.WriteString("field", Path(a.Field));
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
                break;
            case Within g:
                w.WriteStartObject("geo_distance");
                w.WriteString("distance", Km(g.Km));
                Point(w, "location", g.Lat, g.Lon);
                w.WriteEndObject();
                break;
            case HoldsAll h:
                w.WriteStartObject("terms_set");
                w.WriteStartObject(Path(h.Field));
                Terms(w, h.Field, h.Values);
                w.WriteStartObject("minimum_should_match_script");
                w.WriteString("source", "params.num_terms");
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
                break;
            case CoveredBy c:
                w.WriteStartObject("terms_set");
                w.WriteStartObject(Path(c.Field));
                Terms(w, c.Field, c.Values);
                w.WriteString("minimum_should_match_field", Path(c.CountField));
                w.WriteEndObject();
                w.WriteEndObject();
                break;
            case AllOf all:
                w.WriteStartObject("bool");
                w.WriteStartArray("filter");
                foreach (var c in all.Clauses) Clause(w, c);
                w.WriteEndArray();
                w.WriteEndObject();
                break;
            case AnyOf { Clauses.Count: 0 }:
                w.WriteStartObject("match_none");
                w.WriteEndObject();
                break;
            case AnyOf any:
                w.WriteStartObject("bool");
                w.WriteStartArray("should");
                foreach (var c in any.Clauses) Clause(w, c);
                w.WriteEndArray();
                w.WriteNumber("minimum_should_match", 1);
                w.WriteEndObject();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(clause), clause.GetType().Name, null);
        }
        w.WriteEndObject();
    }

    private static void Function(Utf8JsonWriter w, ScoreTerm term)
    {
        w.WriteStartObject();
        if (term.When is not null)
        {
            w.WritePropertyName("filter");
            Clause(w, term.When);
        }
        switch (term)
        {
            case Flat:
                break;
            case NearDecay n:
                w.WriteStartObject("linear");
                w.WriteStartObject("location");
                Point(w, "origin", n.Lat, n.Lon);
                w.WriteString("scale", Km(n.HalfKm));
                w.WriteNumber("decay", 0.5);
                w.WriteEndObject();
                w.WriteEndObject();
                break;
            case AgeDecay a:
                // Shifting the origin forward by the offset keeps past dates at their true distance and flattens future ones.
                w.WriteStartObject("exp");
                w.WriteStartObject(Path(a.Field));
                w.WriteString("origin", a.Today.AddDays(FutureDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteString("offset", $"{FutureDays}d");
                // In whole minutes, rounded up: a longer half-life decays more slowly, so the bound holds.
                w.WriteString("scale", $"{Math.Ceiling(a.HalfLifeDays * 1440).ToString(CultureInfo.InvariantCulture)}m");
                w.WriteNumber("decay", 0.5);
                w.WriteEndObject();
                w.WriteEndObject();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(term), term.GetType().Name, null);
        }
        w.WriteNumber("weight", term.Weight);
        w.WriteEndObject();
    }

    private static void Terms(Utf8JsonWriter w, CandidateField field, IReadOnlyList<string> values)
    {
        w.WriteStartArray("terms");
        foreach (var v in values) w.WriteStringValue(Normal(field, v));
        w.WriteEndArray();
    }

    private static void Point(Utf8JsonWriter w, string name, double lat, double lon)
    {
        w.WriteStartObject(name);
        w.WriteNumber("lat", lat);
        w.WriteNumber("lon", lon);
        w.WriteEndObject();
    }

    // Rounded up to the metre: a radius or scale a little larger keeps every bound.
    private static string Km(double km) => $"{(Math.Ceiling(km * 1000) / 1000).ToString("0.###", CultureInfo.InvariantCulture)}km";

    // Typed words go through the index's "term" normalizer; the query sends them the same way, whatever the query type does.
    private static string Normal(CandidateField field, string value) =>
        field is CandidateField.Skills or CandidateField.Certificates or CandidateField.PreferredSkills or CandidateField.RequiredCertificates
            ? value.Trim().ToLowerInvariant()
            : value;
}
