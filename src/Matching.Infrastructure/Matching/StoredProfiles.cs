using System.Data.Common;
using System.Linq.Expressions;
using Matching.Domain.Matching;
using Matching.Domain.Profiles;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Matching.Infrastructure.Matching;

/// <summary>
/// Every matchable seeker and open opening, read for a full load of the index: the same profiles as reading the
/// rows through EF and <see cref="ProfileProjection"/>, without materialising entities. EF still writes the SQL (the
/// <see cref="ProfileProjection.MatchableSeekers"/> filter, only the columns the index needs); the rows are read
/// off the data reader, the JSON columns by <see cref="StoredJson"/>, scalars through the model's own converters.
/// </summary>
internal sealed class StoredProfiles(MatchingDbContext db)
{
    private readonly StoredJson json = new();

    /// <summary>Streams the seekers; the caller's connection stays busy until the sequence ends.</summary>
    public IEnumerable<SeekerProfile> Seekers()
    {
        var query = db.Seekers.AsNoTracking().Where(ProfileProjection.MatchableSeekers).Select(s => new
        {
            s.Id, s.Name, s.Status, s.ConsentToMatching, s.AcceptsAnyOccupation, s.DesiredOccupations, s.Address, s.DesiredWageUnit,
            s.DesiredWageAmount, s.EmploymentTypes, s.MaxCommuteMinutes, s.Skills, s.Certificates, s.Experience, s.Education,
            s.Programmes, s.BirthYear, s.Gender, s.UpdatedAt, s.Version,
        });
        var seeker = db.Model.FindEntityType(typeof(Seeker))!;
        var status = Scalar<ProfileStatus>(seeker, nameof(Seeker.Status));
        var wageUnit = Scalar<WageUnit?>(seeker, nameof(Seeker.DesiredWageUnit));
        var education = Scalar<Education?>(seeker, nameof(Seeker.Education));
        var gender = Scalar<Gender>(seeker, nameof(Seeker.Gender));
        var updatedAt = Scalar<DateTimeOffset>(seeker, nameof(Seeker.UpdatedAt));
        foreach (var r in Rows(query.CreateDbCommand(), seeker, "Id", "Name", "Status", "ConsentToMatching", "AcceptsAnyOccupation",
            "DesiredOccupations", "Address", "DesiredWageUnit", "DesiredWageAmount", "EmploymentTypes", "MaxCommuteMinutes", "Skills",
            "Certificates", "Experience", "Education", "Programmes", "BirthYear", "Gender", "UpdatedAt", "Version"))
        {
            var coordinates = r.IsDBNull(6) ? null : StoredJson.Coordinates(r.GetString(6));
            yield return new SeekerProfile
            {
                Id = r.GetGuid(0),
                DisplayName = r.IsDBNull(1) ? "" : r.GetString(1),
                Active = status(r, 2) == ProfileStatus.Active,
                ConsentToMatching = r.GetBoolean(3),
                AcceptsAnyOccupation = r.GetBoolean(4),
                DesiredOccupations = json.Strings(r.GetString(5)),
                Latitude = coordinates?.Latitude,
                Longitude = coordinates?.Longitude,
                DesiredWageUnit = wageUnit(r, 7),
                DesiredWage = r.IsDBNull(8) ? null : r.GetInt64(8),
                EmploymentTypes = json.Enums<EmploymentType>(r.GetString(9)),
                MaxCommuteMinutes = r.IsDBNull(10) ? null : r.GetInt32(10),
                Skills = json.Strings(r.GetString(11)),
                Certificates = json.Strings(r.GetString(12)),
                Experience = json.Experience(r.GetString(13)),
                Education = education(r, 14),
                Programmes = json.Enums<Programme>(r.GetString(15)),
                BirthYear = r.GetInt32(16),
                Gender = gender(r, 17),
                UpdatedAt = updatedAt(r, 18),
                Version = r.GetInt64(19),
            };
        }
    }

    /// <summary>The open openings, each with its employer's name (read apart: a few thousand rows against a join per opening).</summary>
    public async Task<List<OpeningProfile>> OpeningsAsync(CancellationToken ct)
    {
        var employers = await db.Employers.AsNoTracking().ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var query = db.Openings.AsNoTracking().Where(o => o.Status == OpeningStatus.Open).Select(o => new
        {
            o.Id, o.EmployerId, o.Title, o.Occupation, o.Headcount, o.Filled, o.WageUnit, o.WageMin, o.WageMax, o.EmploymentType,
            o.WorkHoursPerWeek, o.Address, o.RequiredCertificates, o.PreferredSkills, o.MinExperienceYears, o.Education,
            o.WelcomesProgrammes, o.ClosesOn, o.CreatedAt, o.IndustrialPark, o.Status, o.Version,
        });
        var opening = db.Model.FindEntityType(typeof(Opening))!;
        var wageUnit = Scalar<WageUnit>(opening, nameof(Opening.WageUnit));
        var employmentType = Scalar<EmploymentType>(opening, nameof(Opening.EmploymentType));
        var education = Scalar<Education?>(opening, nameof(Opening.Education));
        var closesOn = Scalar<DateOnly>(opening, nameof(Opening.ClosesOn));
        var createdAt = Scalar<DateTimeOffset>(opening, nameof(Opening.CreatedAt));
        var status = Scalar<OpeningStatus>(opening, nameof(Opening.Status));
        var openings = new List<OpeningProfile>();
        foreach (var r in Rows(query.CreateDbCommand(), opening, "Id", "EmployerId", "Title", "Occupation", "Headcount", "Filled", "WageUnit",
            "WageMin", "WageMax", "EmploymentType", "WorkHoursPerWeek", "Address", "RequiredCertificates", "PreferredSkills", "MinExperienceYears",
            "Education", "WelcomesProgrammes", "ClosesOn", "CreatedAt", "IndustrialPark", "Status", "Version"))
        {
            ct.ThrowIfCancellationRequested();
            var employerId = r.GetGuid(1);
            var coordinates = StoredJson.Coordinates(r.GetString(11))
                ?? throw new InvalidOperationException("An opening's address is always stored.");
            openings.Add(new OpeningProfile
            {
                Id = r.GetGuid(0),
                EmployerId = employerId,
                EmployerName = employers.GetValueOrDefault(employerId, ""),
                Title = r.GetString(2),
                Occupation = r.GetString(3),
                Headcount = r.GetInt32(4),
                Filled = r.GetInt32(5),
                WageUnit = wageUnit(r, 6),
                WageMin = r.GetInt64(7),
                WageMax = r.IsDBNull(8) ? null : r.GetInt64(8),
                EmploymentType = employmentType(r, 9),
                WorkHours = r.IsDBNull(10) ? null : r.GetInt32(10),
                Latitude = coordinates.Latitude,
                Longitude = coordinates.Longitude,
                RequiredCertificates = json.Strings(r.GetString(12)),
                PreferredSkills = json.Strings(r.GetString(13)),
                MinExperienceYears = r.IsDBNull(14) ? null : r.GetInt32(14),
                Education = education(r, 15),
                WelcomesProgrammes = json.Enums<Programme>(r.GetString(16)),
                ClosesOn = closesOn(r, 17),
                PostedAt = createdAt(r, 18),
                IndustrialPark = r.IsDBNull(19) ? null : r.GetString(19),
                Active = status(r, 20) == OpeningStatus.Open,
                Version = r.GetInt64(21),
            });
        }

        return openings;
    }

    /// <summary>Runs the command EF wrote, checking that its columns come in the order they are read in.</summary>
    private static IEnumerable<DbDataReader> Rows(DbCommand command, IEntityType entity, params string[] properties)
    {
        using (command)
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            var connection = command.Connection!;
            var opened = connection.State != System.Data.ConnectionState.Open;
            if (opened)
            {
                connection.Open();
            }

            try
            {
                using var reader = command.ExecuteReader();
                for (var i = 0; i < properties.Length; i++)
                {
                    var column = entity.FindProperty(properties[i])!.GetColumnName(table);
                    if (!string.Equals(reader.GetName(i), column, StringComparison.Ordinal))
                    {
                        throw new InvalidOperationException($"Column {i} is {reader.GetName(i)}, not {column}.");
                    }
                }

                while (reader.Read())
                {
                    yield return reader;
                }
            }
            finally
            {
                if (opened)
                {
                    connection.Close();
                }
            }
        }
    }

    /// <summary>
    /// A column read as the model reads it: the provider's value through the property's converter (instants shown in
    /// Korea time; enums stored as text, each distinct text converted once).
    /// </summary>
    private static Func<DbDataReader, int, T> Scalar<T>(IEntityType entity, string name)
    {
        var mapping = entity.FindProperty(name)!.GetTypeMapping();
        var converter = mapping.Converter;
        var providerType = converter?.ProviderClrType ?? mapping.ClrType;
        var reader = Expression.Parameter(typeof(DbDataReader));
        var ordinal = Expression.Parameter(typeof(int));
        var getValue = typeof(DbDataReader).GetMethod(nameof(DbDataReader.GetFieldValue))!.MakeGenericMethod(Nullable.GetUnderlyingType(providerType) ?? providerType);
        var read = Expression.Lambda<Func<DbDataReader, int, object>>(
            Expression.Convert(Expression.Call(reader, getValue, ordinal), typeof(object)), reader, ordinal).Compile();
        var texts = new Dictionary<string, T>();
        return (r, i) =>
        {
            if (r.IsDBNull(i))
            {
                return default!;
            }

            var stored = read(r, i);
            if (converter is null)
            {
                return (T)stored;
            }

            if (stored is not string text)
            {
                return (T)converter.ConvertFromProvider(stored)!;
            }

            if (!texts.TryGetValue(text, out var value))
            {
                value = (T)converter.ConvertFromProvider(text)!;
                texts[text] = value;
            }

            return value;
        };
    }
}
