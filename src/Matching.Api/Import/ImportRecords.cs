using System.Text.Json;
using System.Text.Json.Nodes;
using Matching.Api.Common;
using Matching.Application.Openings;
using Matching.Application.Seekers;
using Matching.Domain.Occupations;
using Matching.Domain.Validation;
using Matching.Infrastructure.Matching;
using Matching.Infrastructure.Outbox;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;

namespace Matching.Api.Import;

/// <summary>One line of an import: NDJSON text, or a CSV line already read into JSON.</summary>
internal readonly record struct ImportLine(int Number, string? Json, JsonObject? Csv);

/// <summary>
/// Turns the lines of one kind into rows: the same validators as the forms, dates checked against the
/// record's own registration or posting date. <see cref="Add"/> stages an accepted row or returns why not.
/// </summary>
/// <remarks>
/// Imported rows get time-ordered (version 7) ids, so a million of them append to the key index
/// instead of splitting pages all over it.
/// </remarks>
internal abstract class ImportRecords(JsonSerializerOptions ndjson, JsonSerializerOptions csv, DateOnly today, DateTimeOffset now)
{
    protected DateOnly Today => today;

    protected DateTimeOffset Now => now;

    public static ImportRecords For(ImportKind kind, Guid jobId, IServiceProvider services, JsonSerializerOptions ndjson, JsonSerializerOptions csv, DateOnly today, DateTimeOffset now) =>
        kind switch
        {
            ImportKind.Seekers => new SeekerRecords(jobId, ndjson, csv, today, now),
            ImportKind.Openings => new OpeningRecords(jobId, services.GetRequiredService<OpeningValidator>(), ndjson, csv, today, now),
            _ => new PlacementRecords(jobId, ndjson, csv, today, now),
        };

    public virtual Task PrepareAsync(MatchingDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    public abstract string? Add(ImportLine line);

    /// <summary>Inserts the accepted rows in the context's current transaction.</summary>
    public abstract Task SaveAsync(MatchingDbContext db, CancellationToken cancellationToken);

    /// <summary>
    /// After the commit: accepted profiles join this node's index at once; every other node, Elasticsearch and the
    /// suggestion lists take them from the change events <see cref="SaveAsync"/> wrote with them.
    /// </summary>
    public virtual void Committed(CandidateIndexWriter indexer)
    {
    }

    protected T? Read<T>(ImportLine line)
    {
        try
        {
            return line.Json is not null
                ? JsonSerializer.Deserialize<T>(line.Json, ndjson)
                : line.Csv!.Deserialize<T>(csv);
        }
        catch (JsonException e) when (e.InnerException is not JsonException && !string.IsNullOrEmpty(e.Path) && e.Path != "$")
        {
            // A value of the wrong type (a syntax error carries the reader's own JsonException inside).
            throw new FormatException($"{e.Path.TrimStart('$', '.')}: {JsonValueErrors.Describe(typeof(T), e.Path)}", e);
        }
    }

    protected static void Date(ValidationErrors errors, string field, DateOnly? date, DateOnly today)
    {
        if (errors.Required(field, date) && date > today)
        {
            errors.Add(field, $"미래 날짜입니다({date:yyyy-MM-dd}).");
        }
    }
}

internal sealed class SeekerRecords(Guid jobId, JsonSerializerOptions ndjson, JsonSerializerOptions csv, DateOnly today, DateTimeOffset now)
    : ImportRecords(ndjson, csv, today, now)
{
    private readonly List<Seeker> added = [];

    public override string? Add(ImportLine line)
    {
        var request = Read<SeekerRequest>(line);
        if (request is null)
        {
            return "빈 레코드입니다.";
        }

        var seeker = new Seeker { Id = Guid.CreateVersion7(Now), Version = 1, Status = ProfileStatus.Active, CreatedAt = Now, UpdatedAt = Now };
        var registeredOn = request.RegisteredOn ?? Today;
        var errors = SeekerValidator.Apply(request, seeker, registeredOn.Year, unclassifiedAllowed: request.RegisteredOn < Today);
        Date(errors, "registeredOn", request.RegisteredOn, Today);
        if (errors.Any)
        {
            return errors.ToString();
        }

        seeker.RegisteredOn = registeredOn;
        added.Add(seeker);
        return null;
    }

    public override async Task SaveAsync(MatchingDbContext db, CancellationToken cancellationToken)
    {
        await db.InsertAsync(added, cancellationToken);
        await db.InsertAsync(ChangeEvents.Imported(jobId, added, []), cancellationToken);
    }

    public override void Committed(CandidateIndexWriter indexer)
    {
        foreach (var seeker in added)
        {
            indexer.Seeker(seeker);
        }

        added.Clear();
    }
}

internal sealed class OpeningRecords(Guid jobId, OpeningValidator validator, JsonSerializerOptions ndjson, JsonSerializerOptions csv, DateOnly today, DateTimeOffset now)
    : ImportRecords(ndjson, csv, today, now)
{
    private readonly List<Opening> added = [];
    private Dictionary<Guid, Employer> employers = [];

    public override async Task PrepareAsync(MatchingDbContext db, CancellationToken cancellationToken) =>
        employers = await db.Employers.AsNoTracking().Where(e => !e.Deleted).ToDictionaryAsync(e => e.Id, cancellationToken);

    public override string? Add(ImportLine line)
    {
        var request = Read<OpeningRequest>(line);
        if (request is null)
        {
            return "빈 레코드입니다.";
        }

        var postedOn = request.PostedOn ?? Today;
        var opening = new Opening { Id = Guid.CreateVersion7(Now), Version = 1, Status = OpeningStatus.Open, CreatedAt = Now, UpdatedAt = Now };

        // A historical opening is checked as on its posting day, so one that has closed since still imports.
        var errors = validator.Apply(request, opening, postedOn, postedOn);
        Date(errors, "postedOn", request.PostedOn, Today);
        if (request.EmployerId is { } employerId && !employers.ContainsKey(employerId))
        {
            errors.Add("employerId", "등록되지 않은 기업입니다.");
        }

        if (errors.Any)
        {
            return errors.ToString();
        }

        opening.PostedOn = postedOn;
        opening.Status = opening.ClosesOn < Today ? OpeningStatus.Closed : OpeningStatus.Open;
        added.Add(opening);
        return null;
    }

    public override async Task SaveAsync(MatchingDbContext db, CancellationToken cancellationToken)
    {
        await db.InsertAsync(added, cancellationToken);
        await db.InsertAsync(ChangeEvents.Imported(jobId, [], added), cancellationToken);
    }

    public override void Committed(CandidateIndexWriter indexer)
    {
        foreach (var opening in added)
        {
            opening.Employer = employers[opening.EmployerId];
            indexer.Opening(opening);
        }

        added.Clear();
    }
}

internal sealed class PlacementRecords(Guid jobId, JsonSerializerOptions ndjson, JsonSerializerOptions csv, DateOnly today, DateTimeOffset now)
    : ImportRecords(ndjson, csv, today, now)
{
    private readonly List<PlacementRecord> added = [];

    public override Task SaveAsync(MatchingDbContext db, CancellationToken cancellationToken) => db.InsertAsync(added, cancellationToken);

    public override string? Add(ImportLine line)
    {
        var r = Read<PlacementLine>(line);
        if (r is null)
        {
            return "빈 레코드입니다.";
        }

        var errors = new ValidationErrors();
        Date(errors, "hiredOn", r.HiredOn, Today);
        Date(errors, "registeredOn", r.RegisteredOn, Today);
        if (r.HiredOn < r.RegisteredOn)
        {
            errors.Add("hiredOn", "취업일이 구직 등록일보다 빠릅니다.");
        }

        errors.Required("gender", r.Gender);
        if (errors.Required("birthYear", r.BirthYear) && r.RegisteredOn is { } registeredOn
            && !BirthYearRule.IsValid(r.BirthYear!.Value, registeredOn.Year))
        {
            errors.Add("birthYear", "구직 등록 당시 만 15세에서 100세 사이의 출생연도를 입력하세요.");
        }

        var occupation = string.IsNullOrWhiteSpace(r.Occupation) ? null : r.Occupation.Trim();
        if (occupation is not null && !OccupationCatalog.Keco2018.Exists(occupation))
        {
            errors.Add("occupation", OccupationRules.UnknownCode);
        }

        if (errors.Any)
        {
            return errors.ToString();
        }

        added.Add(new PlacementRecord
        {
            Id = Guid.CreateVersion7(Now), HiredOn = r.HiredOn!.Value, Gender = r.Gender!.Value, BirthYear = r.BirthYear!.Value,
            Occupation = occupation, RegisteredOn = r.RegisteredOn!.Value, ImportJobId = jobId,
        });
        return null;
    }
}
