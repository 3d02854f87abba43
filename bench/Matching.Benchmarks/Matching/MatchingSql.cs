using System.Diagnostics;
using System.Globalization;
using Matching.Domain.Matching;
using Matching.Domain.Profiles;
using Npgsql;
using NpgsqlTypes;
using static Matching.Benchmarks.BenchArgs;

namespace Matching.Benchmarks.Matching;

/// <summary>
/// The SQL peer of <see cref="MatchingLoad"/>: <c>dotnet run -c Release --project bench/Matching.Benchmarks -- matching-sql
/// [--seekers 1000000] [--openings 100000] [--queries 1000] [--sql-queries 1000] [--top 20] [--seed 1] [--verify 20] [--reload 1]
/// [--connection "Host=127.0.0.1;Username=postgres;Password=postgres;Database=matching_sqlbench"]</c>.
/// Generates the same population, bulk-loads it into PostgreSQL with binary COPY, builds indexes, then runs one
/// ranking query per subject (same hard filters, ORDER BY the weighted score, LIMIT top) and, in the same process,
/// the same subjects against an <see cref="EmbeddedCandidateIndex"/> built with the same (empty) related-occupation
/// and commute-bus tables, so the two rank by the same function and their top lists can be compared id for id.
/// </summary>
public static class MatchingSql
{
    private const string DefaultConnection = "Host=127.0.0.1;Username=postgres;Password=postgres;Database=matching_sqlbench";

    public static int Run(string[] args)
    {
        int seekers = Arg(args, "--seekers", 1_000_000), openings = Arg(args, "--openings", 100_000);
        int queries = Arg(args, "--queries", 1000), top = Arg(args, "--top", 20), seed = Arg(args, "--seed", 1);
        int verify = Arg(args, "--verify", 20), reload = Arg(args, "--reload", 1);
        int sqlQueries = Math.Min(queries, Arg(args, "--sql-queries", queries));
        string cs = Arg(args, "--connection", DefaultConnection);
        var today = SyntheticPopulation.Today;
        Console.WriteLine($"matching-sql: {seekers:N0} seekers, {openings:N0} openings, {queries:N0} queries per direction, top {top}, seed {seed}");
        Console.WriteLine($"  {Environment.ProcessorCount} cores, load average {LoadAverage()}");

        var sw = Stopwatch.StartNew();
        var pop = new SyntheticPopulation(seed);
        var seekerList = pop.Seekers(seekers);
        var openingList = pop.Openings(openings);
        Console.WriteLine($"  generated profiles in {sw.Elapsed.TotalSeconds:F1} s");

        // Same subject sampling as matching-load (seed + 1 over open openings and active, consenting seekers).
        var r = new Random(seed + 1);
        var open = openingList.Where(o => o.Active && o.Filled < o.Headcount && o.ClosesOn >= today).ToList();
        var active = seekerList.Where(s => s.Active && s.ConsentToMatching).ToList();
        var openingIds = new Guid[queries];
        var seekerIds = new Guid[queries];
        for (int i = 0; i < queries; i++)
        {
            openingIds[i] = open[r.Next(open.Count)].Id;
            seekerIds[i] = active[r.Next(active.Count)].Id;
        }

        EnsureDatabase(cs);
        using var db = new NpgsqlConnection(cs);
        db.Open();
        if (reload != 0 || !Loaded(db, seekers, openings)) Load(db, seekerList, openingList);
        else Console.WriteLine("  tables already hold this population (--reload 0): load skipped");
        Exec(db, "SET work_mem = '64MB'");
        Exec(db, "SET jit = off");

        // In-process peer with the same tables as the SQL (no related-occupation rows, no commute buses).
        var index = new EmbeddedCandidateIndex(new ScoringOptions(), RelatedOccupations.Empty, CommuteBusRoutes.Empty);
        sw.Restart();
        index.Rebuild(seekerList, openingList);
        Console.WriteLine($"  in-process index build: {sw.Elapsed.TotalSeconds:F2} s");
        double maxReachKm = seekerList.Max(s => s.MaxCommuteMinutes is int m && m > 0 ? m : 60) * 1.5 * 20 / 60.0;
        seekerList = null!; openingList = null!; open = null!; active = null!;
        GC.Collect();

        var sql = new SqlRanker(db, today, top, maxReachKm);
        Verify(index, sql, openingIds, seekerIds, Math.Min(verify, queries), top, today);

        Console.WriteLine("  top seekers for an opening:");
        var inA = Measure("in-process", openingIds, id => index.TopSeekersForOpening(id, top, today)!.Count);
        var sqlA = Measure("PostgreSQL", openingIds[..sqlQueries], id => sql.TopSeekersForOpening(id).Count, warmUp: 10);
        Ratio(inA, sqlA);
        Console.WriteLine("  top openings for a seeker:");
        var inB = Measure("in-process", seekerIds, id => index.TopOpeningsForSeeker(id, top, today)!.Count);
        var sqlB = Measure("PostgreSQL", seekerIds[..sqlQueries], id => sql.TopOpeningsForSeeker(id).Count, warmUp: 10);
        Ratio(inB, sqlB);
        Explain(db, sql, openingIds[0], seekerIds[0]);
        return 0;
    }

    // ---------------------------------------------------------------- schema and load

    private static void EnsureDatabase(string cs)
    {
        var b = new NpgsqlConnectionStringBuilder(cs);
        string name = b.Database ?? "matching_sqlbench";
        b.Database = "postgres";
        using var c = new NpgsqlConnection(b.ConnectionString);
        c.Open();
        using var q = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", c) { Parameters = { new() { Value = name } } };
        if (q.ExecuteScalar() is null) Exec(c, $"CREATE DATABASE \"{name}\"");
    }

    private static bool Loaded(NpgsqlConnection db, int seekers, int openings)
    {
        try
        {
            using var q = new NpgsqlCommand("SELECT (SELECT count(*) FROM seekers), (SELECT count(*) FROM openings)", db);
            using var rd = q.ExecuteReader();
            rd.Read();
            return rd.GetInt64(0) == seekers && rd.GetInt64(1) == openings;
        }
        catch (PostgresException) { return false; }
    }

    private const string Schema = """
        DROP TABLE IF EXISTS seekers;
        DROP TABLE IF EXISTS openings;
        CREATE UNLOGGED TABLE seekers (
            id uuid PRIMARY KEY,
            active boolean NOT NULL,
            consent boolean NOT NULL,
            accepts_any boolean NOT NULL,
            wish1 text, wish2 text, wish3 text,          -- KECO codes of any level, at most 3
            wish_l1 text[] NOT NULL,                     -- distinct 대분류 (first digit) of the wishes
            wish_l2 text[] NOT NULL,                     -- distinct 중분류 prefixes
            wish_l3 text[] NOT NULL,                     -- distinct 소분류 prefixes
            lat real, lon real, cos_lat real,            -- NULL when the address is unknown
            geo point GENERATED ALWAYS AS (point(lon, lat)) STORED,
            max_commute_minutes integer,                 -- NULL: the default 60
            desired_wage_unit smallint, desired_wage bigint,
            desired_hourly real,                         -- normalised with WageHours (209 h a month)
            employment_types smallint NOT NULL,          -- bit mask, 0 = any
            max_weekly_hours integer,
            certificates text[] NOT NULL,
            skills text[] NOT NULL,
            experience_codes text[] NOT NULL,
            experience_months integer[] NOT NULL,
            education smallint,
            programmes integer NOT NULL,                 -- declared programmes (not the age-based ones), bit mask
            birth_year integer NOT NULL,
            updated_at timestamptz NOT NULL
        );
        CREATE UNLOGGED TABLE openings (
            id uuid PRIMARY KEY,
            active boolean NOT NULL,
            headcount integer NOT NULL,
            filled integer NOT NULL,
            closes_on date NOT NULL,
            occupation text NOT NULL,
            occ_l1 text NOT NULL, occ_l2 text NOT NULL, occ_l3 text NOT NULL,
            lat real NOT NULL, lon real NOT NULL, cos_lat real NOT NULL,
            geo point GENERATED ALWAYS AS (point(lon, lat)) STORED,
            wage_unit smallint NOT NULL, wage_min bigint NOT NULL, wage_max bigint,
            offer_hourly real,                           -- max(wage_max, wage_min) normalised to hourly
            employment_type smallint NOT NULL,
            work_hours integer,
            required_certificates text[] NOT NULL,
            preferred_skills text[] NOT NULL,
            min_experience_months integer NOT NULL,
            education smallint,
            welcomes_programmes integer NOT NULL,        -- bit mask
            posted_at timestamptz NOT NULL,
            industrial_park text
        );
        """;

    private const string Indexes = """
        CREATE INDEX seekers_wish_l1 ON seekers USING gin (wish_l1) WHERE active AND consent;
        CREATE INDEX seekers_any ON seekers (id) WHERE active AND consent AND accepts_any;
        CREATE INDEX seekers_geo ON seekers USING gist (geo) WHERE active AND consent;
        CREATE INDEX seekers_nogeo ON seekers (id) WHERE active AND consent AND lat IS NULL;
        CREATE INDEX seekers_certificates ON seekers USING gin (certificates) WHERE active AND consent;
        CREATE INDEX openings_occ_l1 ON openings (occ_l1, closes_on) WHERE active AND filled < headcount;
        CREATE INDEX openings_occ_l2 ON openings (occ_l2) WHERE active AND filled < headcount;
        CREATE INDEX openings_occ_l3 ON openings (occ_l3) WHERE active AND filled < headcount;
        CREATE INDEX openings_geo ON openings USING gist (geo) WHERE active AND filled < headcount;
        CREATE INDEX openings_certificates ON openings USING gin (required_certificates) WHERE active AND filled < headcount;
        """;

    private static void Load(NpgsqlConnection db, List<SeekerProfile> seekers, List<OpeningProfile> openings)
    {
        Exec(db, Schema);
        var sw = Stopwatch.StartNew();
        using (var w = db.BeginBinaryImport("""
            COPY seekers (id, active, consent, accepts_any, wish1, wish2, wish3, wish_l1, wish_l2, wish_l3, lat, lon, cos_lat,
                max_commute_minutes, desired_wage_unit, desired_wage, desired_hourly, employment_types, max_weekly_hours,
                certificates, skills, experience_codes, experience_months, education, programmes, birth_year, updated_at)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var s in seekers)
            {
                // The same normalisation as FeatureSpace.Compile: at most 3 distinct valid codes, trimmed distinct terms.
                var wishes = s.DesiredOccupations.Select(c => c.Trim()).Where(ValidCode).Distinct().Take(3).ToArray();
                bool hasPlace = s.Latitude is not null && s.Longitude is not null;
                float lat = hasPlace ? (float)s.Latitude!.Value : 0, lon = hasPlace ? (float)s.Longitude!.Value : 0;
                w.StartRow();
                w.Write(s.Id, NpgsqlDbType.Uuid);
                w.Write(s.Active);
                w.Write(s.ConsentToMatching);
                w.Write(s.AcceptsAnyOccupation);
                for (int i = 0; i < 3; i++) WriteNullable(w, i < wishes.Length ? wishes[i] : null, NpgsqlDbType.Text);
                w.Write(Prefixes(wishes, 1), NpgsqlDbType.Array | NpgsqlDbType.Text);
                w.Write(Prefixes(wishes, 2), NpgsqlDbType.Array | NpgsqlDbType.Text);
                w.Write(Prefixes(wishes, 3), NpgsqlDbType.Array | NpgsqlDbType.Text);
                WriteNullable(w, hasPlace ? lat : (float?)null, NpgsqlDbType.Real);
                WriteNullable(w, hasPlace ? lon : (float?)null, NpgsqlDbType.Real);
                WriteNullable(w, hasPlace ? (float)Math.Cos(lat * (Math.PI / 180)) : (float?)null, NpgsqlDbType.Real);
                WriteNullable(w, s.MaxCommuteMinutes is int m && m > 0 ? m : (int?)null, NpgsqlDbType.Integer);
                WriteNullable(w, s.DesiredWageUnit is WageUnit u ? (short)u : (short?)null, NpgsqlDbType.Smallint);
                WriteNullable(w, s.DesiredWage, NpgsqlDbType.Bigint);
                WriteNullable(w, s.DesiredWage is long dw && s.DesiredWageUnit is WageUnit du && dw > 0 ? (float)WageHours.ToHourly(du, dw) : (float?)null, NpgsqlDbType.Real);
                w.Write((short)s.EmploymentTypes.Aggregate(0, (a, t) => a | 1 << (int)t), NpgsqlDbType.Smallint);
                WriteNullable(w, s.MaxWeeklyHours is int h && h > 0 ? h : (int?)null, NpgsqlDbType.Integer);
                w.Write(Terms(s.Certificates), NpgsqlDbType.Array | NpgsqlDbType.Text);
                w.Write(Terms(s.Skills), NpgsqlDbType.Array | NpgsqlDbType.Text);
                var exp = s.Experience.Where(x => ValidCode(x.Occupation.Trim()) && x.Years > 0).Take(60).ToArray();
                w.Write(exp.Select(x => x.Occupation.Trim()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                w.Write(exp.Select(x => (int)Math.Min(short.MaxValue, Math.Round(x.Years * 12))).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Integer);
                WriteNullable(w, s.Education is Education e ? (short)e : (short?)null, NpgsqlDbType.Smallint);
                w.Write(s.Programmes.Where(p => p is not (Programme.Youth or Programme.NewMiddleAge or Programme.Senior))
                    .Aggregate(0, (a, p) => a | 1 << (int)p), NpgsqlDbType.Integer);
                w.Write(s.BirthYear, NpgsqlDbType.Integer);
                w.Write(s.UpdatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            }
            w.Complete();
        }
        var seekersTime = sw.Elapsed;
        sw.Restart();
        using (var w = db.BeginBinaryImport("""
            COPY openings (id, active, headcount, filled, closes_on, occupation, occ_l1, occ_l2, occ_l3, lat, lon, cos_lat,
                wage_unit, wage_min, wage_max, offer_hourly, employment_type, work_hours, required_certificates, preferred_skills,
                min_experience_months, education, welcomes_programmes, posted_at, industrial_park)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var o in openings)
            {
                string occ = o.Occupation.Trim();
                long offer = o.WageMax is long max && max >= o.WageMin ? max : o.WageMin;
                float lat = (float)o.Latitude;
                w.StartRow();
                w.Write(o.Id, NpgsqlDbType.Uuid);
                w.Write(o.Active);
                w.Write(o.Headcount);
                w.Write(o.Filled);
                w.Write(o.ClosesOn, NpgsqlDbType.Date);
                w.Write(occ, NpgsqlDbType.Text);
                w.Write(occ[..Math.Min(1, occ.Length)], NpgsqlDbType.Text);
                w.Write(occ[..Math.Min(2, occ.Length)], NpgsqlDbType.Text);
                w.Write(occ[..Math.Min(3, occ.Length)], NpgsqlDbType.Text);
                w.Write(lat, NpgsqlDbType.Real);
                w.Write((float)o.Longitude, NpgsqlDbType.Real);
                w.Write((float)Math.Cos(lat * (Math.PI / 180)), NpgsqlDbType.Real);
                w.Write((short)o.WageUnit, NpgsqlDbType.Smallint);
                w.Write(o.WageMin, NpgsqlDbType.Bigint);
                WriteNullable(w, o.WageMax, NpgsqlDbType.Bigint);
                WriteNullable(w, offer > 0 ? (float)WageHours.ToHourly(o.WageUnit, offer) : (float?)null, NpgsqlDbType.Real);
                w.Write((short)o.EmploymentType, NpgsqlDbType.Smallint);
                WriteNullable(w, o.WorkHours is int h && h > 0 ? h : (int?)null, NpgsqlDbType.Integer);
                w.Write(Terms(o.RequiredCertificates), NpgsqlDbType.Array | NpgsqlDbType.Text);
                w.Write(Terms(o.PreferredSkills), NpgsqlDbType.Array | NpgsqlDbType.Text);
                w.Write(Math.Clamp((o.MinExperienceYears ?? 0) * 12, 0, short.MaxValue), NpgsqlDbType.Integer);
                WriteNullable(w, o.Education is Education e ? (short)e : (short?)null, NpgsqlDbType.Smallint);
                w.Write(o.WelcomesProgrammes.Aggregate(0, (a, p) => a | 1 << (int)p), NpgsqlDbType.Integer);
                w.Write(o.PostedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                WriteNullable(w, o.IndustrialPark, NpgsqlDbType.Text);
            }
            w.Complete();
        }
        var openingsTime = sw.Elapsed;
        sw.Restart();
        Exec(db, Indexes);
        var indexTime = sw.Elapsed;
        sw.Restart();
        Exec(db, "VACUUM ANALYZE seekers");
        Exec(db, "VACUUM ANALYZE openings");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  PostgreSQL load: COPY seekers {seekersTime.TotalSeconds:F1} s, COPY openings {openingsTime.TotalSeconds:F1} s, " +
            $"indexes {indexTime.TotalSeconds:F1} s, VACUUM ANALYZE {sw.Elapsed.TotalSeconds:F1} s; " +
            $"total {(seekersTime + openingsTime + indexTime + sw.Elapsed).TotalSeconds:F1} s; {Size(db)}"));
    }

    private static string Size(NpgsqlConnection db)
    {
        using var q = new NpgsqlCommand("""
            SELECT pg_size_pretty(pg_table_size('seekers')), pg_size_pretty(pg_indexes_size('seekers')),
                   pg_size_pretty(pg_table_size('openings')), pg_size_pretty(pg_indexes_size('openings'))
            """, db);
        using var rd = q.ExecuteReader();
        rd.Read();
        return $"seekers {rd.GetString(0)} + indexes {rd.GetString(1)}, openings {rd.GetString(2)} + indexes {rd.GetString(3)}";
    }

    private static bool ValidCode(string c) => c.Length is >= 1 and <= 4 && c.All(char.IsAsciiDigit);

    private static string[] Prefixes(string[] codes, int length) =>
        [.. codes.Where(c => c.Length >= length).Select(c => c[..length]).Distinct()];

    /// <summary>Trimmed, non-empty, distinct ignoring case (as FeatureSpace interns them), at most 64.</summary>
    private static string[] Terms(string[] terms) =>
        [.. terms.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Take(64)];

    private static void WriteNullable<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is T v) w.Write(v, type); else w.WriteNull();
    }

    private static void WriteNullable(NpgsqlBinaryImporter w, string? value, NpgsqlDbType type)
    {
        if (value is null) w.WriteNull(); else w.Write(value, type);
    }

    // ---------------------------------------------------------------- the queries

    /// <summary>
    /// Two statements per query, both timed: the subject's row by primary key, then one ranking statement whose
    /// parameters are the subject's values (so the planner plans with real values, as an application would do).
    /// </summary>
    private sealed class SqlRanker(NpgsqlConnection db, DateOnly today, int top, double maxReachKm)
    {
        private static readonly string Km = (6371.0088 * (Math.PI / 180)).ToString("R", CultureInfo.InvariantCulture);
        private static readonly string KmPerMinute = (20 / 60.0).ToString("R", CultureInfo.InvariantCulture);

        // Shared fragments. Components mirror PairScorer; s.* and o.* are columns or parameters depending on direction.
        private static string Score(string s, string o) => $"""
            (30 * occ.v
             + 20 * (CASE WHEN d.r IS NULL THEN 0.5 WHEN d.r <= 1 THEN 1 - 0.5 * d.r ELSE 0.5 * (1.5 - d.r) / (1.5 - 1) END)
             + 12 * (CASE WHEN {s}desired_hourly IS NULL OR {o}offer_hourly IS NULL THEN 0.5
                          WHEN {o}offer_hourly::float8 >= {s}desired_hourly::float8 THEN 1
                          ELSE greatest(0, least(1, ({o}offer_hourly::float8 / {s}desired_hourly::float8 - 0.8) / 0.2)) END)
             + 8 * (0.7::float8 * (CASE WHEN {s}employment_types = 0 THEN 0.5 WHEN ({s}employment_types & (1 << {o}employment_type)) <> 0 THEN 1 ELSE 0 END)::float8
                  + 0.3::float8 * (CASE WHEN {s}max_weekly_hours IS NULL OR {o}work_hours IS NULL THEN 0.5::float8
                                WHEN {o}work_hours <= {s}max_weekly_hours THEN 1
                                ELSE greatest(0, 1 - ({o}work_hours - {s}max_weekly_hours) / 10.0::float8) END))
             + 8 * (CASE WHEN cardinality({o}preferred_skills) = 0 THEN 0.5
                         ELSE (SELECT count(*) FROM unnest({o}preferred_skills) k WHERE k = ANY({s}skills))::float8 / cardinality({o}preferred_skills) END)
             + 8 * (CASE WHEN {o}min_experience_months <= 0 THEN 1
                         ELSE least(1, coalesce((SELECT sum(x.m) FROM unnest({s}experience_codes, {s}experience_months) x(c, m)
                                                 WHERE length(x.c) >= least(2, length({o}occupation))
                                                   AND left(x.c, least(2, length({o}occupation))) = left({o}occupation, least(2, length({o}occupation)))), 0)::float8
                                       / {o}min_experience_months) END)
             + 4 * (CASE WHEN {o}education IS NULL THEN 1 WHEN {s}education IS NULL THEN 0.5
                         WHEN {o}education - {s}education <= 0 THEN 1 WHEN {o}education - {s}education = 1 THEN 0.5 ELSE 0 END)
             + 5 * (CASE WHEN {o}welcomes_programmes = 0 THEN 0.5
                         WHEN ({o}welcomes_programmes & ({s}programmes
                               | CASE WHEN @year - {s}birth_year BETWEEN 15 AND 34 THEN 1 ELSE 0 END
                               | CASE WHEN @year - {s}birth_year BETWEEN 50 AND 64 THEN 2 ELSE 0 END
                               | CASE WHEN @year - {s}birth_year >= 65 THEN 32 ELSE 0 END)) <> 0 THEN 1 ELSE 0 END)
             + 5 * (0.5 * (power(2::float8, -least(3650, greatest(0, @today - ({o}posted_at AT TIME ZONE 'UTC')::date))::float8 / 30)::real::float8
                         + power(2::float8, -least(3650, greatest(0, @today - ({s}updated_at AT TIME ZONE 'UTC')::date))::float8 / 30)::real::float8))
            )
            """;

        // Occupation proximity of one wish w to the opening's code c: 1 when w contains c, else by the deepest shared level.
        private static string Wish(string w, string c) => $"""
            CASE WHEN {w} IS NULL THEN 0 WHEN starts_with({c}, {w}) THEN 1
                 WHEN length({w}) >= 3 AND length({c}) >= 3 AND left({w}, 3) = left({c}, 3) THEN 0.8
                 WHEN length({w}) >= 2 AND length({c}) >= 2 AND left({w}, 2) = left({c}, 2) THEN 0.6
                 WHEN left({w}, 1) = left({c}, 1) THEN 0.3 ELSE 0 END
            """;

        private static string Ratio(string s, string o) => $"""
            CASE WHEN {s}lat IS NULL THEN NULL
                 ELSE {Km} * sqrt(({o}lat::float8 - {s}lat::float8) * ({o}lat::float8 - {s}lat::float8) + {s}cos_lat::float8 * {o}cos_lat::float8 * ({o}lon::float8 - {s}lon::float8) * ({o}lon::float8 - {s}lon::float8))
                      / {KmPerMinute} / coalesce({s}max_commute_minutes, 60)::float8 END
            """;

        private static readonly string OpeningColumns =
            "occupation, occ_l1, lat, lon, cos_lat, offer_hourly, employment_type, work_hours, required_certificates, preferred_skills, " +
            "min_experience_months, education, welcomes_programmes, posted_at";

        private static readonly string SeekerColumns =
            "accepts_any, wish1, wish2, wish3, wish_l1, lat, lon, cos_lat, max_commute_minutes, desired_hourly, employment_types, max_weekly_hours, " +
            "certificates, skills, experience_codes, experience_months, education, programmes, birth_year, updated_at";

        private static string P(string cols) => string.Join(", ", cols.Split(", ").Select(c => "@" + c + " AS " + c));

        // Top seekers for an opening: the opening's values are parameters (o.*), seekers are rows (s.*).
        private readonly string SeekersSql = $"""
            SELECT s.id, x.tier, x.score FROM seekers s,
              LATERAL (SELECT {Ratio("s.", "@")} AS r) d,
              LATERAL (SELECT greatest({Wish("s.wish1", "@occupation")}, {Wish("s.wish2", "@occupation")}, {Wish("s.wish3", "@occupation")})::float8 AS v) occ,
              LATERAL (SELECT CASE WHEN d.r > 1 THEN 2 ELSE 0 END AS tier, {Score("s.", "@")} AS score) x
            WHERE s.active AND s.consent
              AND (s.accepts_any OR s.wish_l1 @> ARRAY[@occ_l1])
              AND s.certificates @> @required_certificates
              AND (s.lat IS NULL OR (s.geo <@ box(point(@lon - @dlon, @lat - @dlat), point(@lon + @dlon, @lat + @dlat)) AND d.r <= 1.5))
            ORDER BY x.tier, x.score DESC, s.id
            LIMIT {top}
            """;

        // Top openings for a seeker: the seeker's values are parameters (@*), openings are rows (o.*).
        private readonly string OpeningsSql = $"""
            SELECT o.id, x.tier, x.score FROM openings o,
              LATERAL (SELECT {Ratio("@", "o.")} AS r) d,
              LATERAL (SELECT greatest({Wish("@wish1", "o.occupation")}, {Wish("@wish2", "o.occupation")}, {Wish("@wish3", "o.occupation")})::float8 AS v) occ,
              LATERAL (SELECT CASE WHEN d.r > 1 THEN 2 ELSE 0 END AS tier, {Score("@", "o.")} AS score) x
            WHERE o.active AND o.filled < o.headcount AND o.closes_on >= @today
              AND (@accepts_any OR o.occ_l1 = ANY(@wish_l1))
              AND o.required_certificates <@ @certificates
              AND (@lat::real IS NULL OR (o.geo <@ box(point(@lon - @dlon, @lat - @dlat), point(@lon + @dlon, @lat + @dlat)) AND d.r <= 1.5))
            ORDER BY x.tier, x.score DESC, o.id
            LIMIT {top}
            """;

        private string SeekersQuery => SeekersSql;
        private string OpeningsQuery => OpeningsSql;

        public List<(Guid Id, int Tier, double Score)> TopSeekersForOpening(Guid openingId) => Rank(
            $"SELECT {OpeningColumns} FROM openings WHERE id = $1 AND active AND filled < headcount AND closes_on >= $2",
            openingId, SeekersQuery, subjectReach: null);

        public List<(Guid Id, int Tier, double Score)> TopOpeningsForSeeker(Guid seekerId) => Rank(
            $"SELECT {SeekerColumns} FROM seekers WHERE id = $1 AND active AND consent AND $2::date IS NOT NULL",
            seekerId, OpeningsQuery, subjectReach: "max_commute_minutes");

        public NpgsqlCommand Command(Guid id, bool seekersForOpening) => Build(
            seekersForOpening ? $"SELECT {OpeningColumns} FROM openings WHERE id = $1 AND active AND filled < headcount AND closes_on >= $2"
                              : $"SELECT {SeekerColumns} FROM seekers WHERE id = $1 AND active AND consent AND $2::date IS NOT NULL",
            id, seekersForOpening ? SeekersQuery : OpeningsQuery, seekersForOpening ? null : "max_commute_minutes")!;

        private List<(Guid, int, double)> Rank(string subjectSql, Guid id, string rankSql, string? subjectReach)
        {
            var result = new List<(Guid, int, double)>(top);
            using var cmd = Build(subjectSql, id, rankSql, subjectReach);
            if (cmd is null) return result;
            using var rd = cmd.ExecuteReader();
            while (rd.Read()) result.Add((rd.GetGuid(0), rd.GetInt32(1), rd.GetDouble(2)));
            return result;
        }

        private NpgsqlCommand? Build(string subjectSql, Guid id, string rankSql, string? subjectReach)
        {
            var cmd = new NpgsqlCommand(rankSql, db);
            using (var q = new NpgsqlCommand(subjectSql, db) { Parameters = { new() { Value = id }, new() { Value = today } } })
            using (var rd = q.ExecuteReader())
            {
                if (!rd.Read()) { cmd.Dispose(); return null; }
                for (int i = 0; i < rd.FieldCount; i++)
                {
                    var p = new NpgsqlParameter(rd.GetName(i), rd.IsDBNull(i) ? DBNull.Value : rd.GetValue(i));
                    p.NpgsqlDbType = rd.GetDataTypeName(i) switch
                    {
                        "text" => NpgsqlDbType.Text,
                        "text[]" => NpgsqlDbType.Array | NpgsqlDbType.Text,
                        "integer[]" => NpgsqlDbType.Array | NpgsqlDbType.Integer,
                        "real" => NpgsqlDbType.Real,
                        "integer" => NpgsqlDbType.Integer,
                        "smallint" => NpgsqlDbType.Smallint,
                        "boolean" => NpgsqlDbType.Boolean,
                        "timestamp with time zone" => NpgsqlDbType.TimestampTz,
                        var t => throw new InvalidOperationException($"unexpected column type {t}"),
                    };
                    cmd.Parameters.Add(p);
                }
                // Search box: the opening side uses the widest reach of any seeker; the seeker side its own reach (limit × 1.5).
                double reachKm = maxReachKm;
                double lat = 0;
                int latOrd = rd.GetOrdinal("lat");
                if (!rd.IsDBNull(latOrd)) lat = rd.GetFloat(latOrd);
                if (subjectReach is not null)
                {
                    int o = rd.GetOrdinal(subjectReach);
                    reachKm = (rd.IsDBNull(o) ? 60 : rd.GetInt32(o)) * 1.5 * 20 / 60.0;
                }
                double dlat = reachKm * 1.01 / (6371.0088 * Math.PI / 180) + 1e-4;
                double dlon = dlat / Math.Max(0.01, Math.Cos((Math.Abs(lat) + dlat) * Math.PI / 180));
                cmd.Parameters.Add(new NpgsqlParameter("dlat", NpgsqlDbType.Double) { Value = dlat });
                cmd.Parameters.Add(new NpgsqlParameter("dlon", NpgsqlDbType.Double) { Value = dlon });
            }
            cmd.Parameters.Add(new NpgsqlParameter("today", NpgsqlDbType.Date) { Value = today });
            cmd.Parameters.Add(new NpgsqlParameter("year", NpgsqlDbType.Integer) { Value = today.Year });
            // Parameters for wishes that the opening-side query never references are harmless; the seeker-side ones are all used.
            foreach (var name in new[] { "wish1", "wish2", "wish3" })
                if (!cmd.Parameters.Contains(name) && rankSql.Contains("@" + name))
                    cmd.Parameters.Add(new NpgsqlParameter(name, NpgsqlDbType.Text) { Value = DBNull.Value });
            return cmd;
        }
    }

    // ---------------------------------------------------------------- verification, measurement

    private static void Verify(EmbeddedCandidateIndex index, SqlRanker sql, Guid[] openingIds, Guid[] seekerIds, int count, int top, DateOnly today)
    {
        if (count <= 0) return;
        int same = 0, total = 0;
        for (int i = 0; i < count; i++)
        {
            same += Compare("opening", openingIds[i], index.TopSeekersForOpening(openingIds[i], top, today)!, sql.TopSeekersForOpening(openingIds[i]), seekers: true) ? 1 : 0;
            same += Compare("seeker", seekerIds[i], index.TopOpeningsForSeeker(seekerIds[i], top, today)!, sql.TopOpeningsForSeeker(seekerIds[i]), seekers: false) ? 1 : 0;
            total += 2;
        }
        Console.WriteLine($"  SQL vs in-process index: {same}/{total} queries return the same ids in the same order with the same scores (±0.05)");
    }

    private static bool Compare(string subject, Guid id, IReadOnlyList<ScoredMatch> a, List<(Guid Id, int Tier, double Score)> b, bool seekers)
    {
        bool ok = a.Count == b.Count;
        for (int i = 0; ok && i < a.Count; i++)
            ok = (seekers ? a[i].SeekerId : a[i].OpeningId) == b[i].Id && Math.Abs(a[i].Score - b[i].Score) <= 0.05 && a[i].Widened == (b[i].Tier > 0);
        if (!ok)
        {
            Console.WriteLine($"    differs for {subject} {id}: in-process {a.Count} results, SQL {b.Count}");
            for (int i = 0; i < Math.Max(a.Count, b.Count); i++)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"      {i,2}: {(i < a.Count ? $"{(seekers ? a[i].SeekerId : a[i].OpeningId)} {a[i].Score,5:F1}{(a[i].Widened ? " w" : "  ")}" : "-"),-46} " +
                    $"{(i < b.Count ? $"{b[i].Id} {b[i].Score,8:F4} t{b[i].Tier}" : "-")}"));
        }
        return ok;
    }

    private sealed record Stats(double P50, double P90, double P99, double Mean);

    private static Stats Measure(string name, Guid[] ids, Func<Guid, int> query, int warmUp = 100)
    {
        for (int i = 0; i < Math.Min(warmUp, ids.Length); i++) query(ids[i]); // warm-up (caches, JIT)
        var times = new double[ids.Length];
        long results = 0;
        for (int i = 0; i < ids.Length; i++)
        {
            long t0 = Stopwatch.GetTimestamp();
            results += query(ids[i]);
            times[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        }
        Array.Sort(times);
        double P(double q) => times[Math.Min(times.Length - 1, (int)Math.Ceiling(q * times.Length) - 1)];
        var s = new Stats(P(0.5), P(0.9), P(0.99), times.Average());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"    {name,-11} p50 {s.P50,8:F2} ms, p90 {s.P90,8:F2} ms, p99 {s.P99,8:F2} ms, max {times[^1],8:F2} ms, mean {s.Mean,8:F2} ms; " +
            $"{results / (double)ids.Length:F1} results; {ids.Length} queries; load average {LoadAverage()}"));
        return s;
    }

    private static void Ratio(Stats inProcess, Stats sql) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"    ratio SQL / in-process: p50 ×{sql.P50 / inProcess.P50:F0}, p99 ×{sql.P99 / inProcess.P99:F0}, mean ×{sql.Mean / inProcess.Mean:F0}"));

    private static void Explain(NpgsqlConnection db, SqlRanker sql, Guid openingId, Guid seekerId)
    {
        foreach (var (label, cmd) in new[] { ("top seekers for an opening", sql.Command(openingId, true)), ("top openings for a seeker", sql.Command(seekerId, false)) })
        {
            using (cmd)
            {
                cmd.CommandText = "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) " + cmd.CommandText;
                Console.WriteLine($"  plan, {label}:");
                using var rd = cmd.ExecuteReader();
                while (rd.Read())
                {
                    var line = rd.GetString(0);
                    if (!line.TrimStart().StartsWith("Filter:") && !line.TrimStart().StartsWith("Sort Key:")) Console.WriteLine("    " + line);
                }
            }
        }
    }

    private static void Exec(NpgsqlConnection db, string sql)
    {
        using var c = new NpgsqlCommand(sql, db) { CommandTimeout = 0 };
        c.ExecuteNonQuery();
    }

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "?"; }
    }
}
