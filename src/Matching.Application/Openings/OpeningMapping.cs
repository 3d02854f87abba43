using AutoMapper;
using Matching.Domain.Occupations;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Openings;

public sealed class OpeningMapping : Profile
{
    public OpeningMapping()
    {
        CreateMap<Opening, OpeningResponse>()
            .ForCtorParam(nameof(OpeningResponse.EmployerName), o => o.MapFrom(x => x.Employer != null ? x.Employer.Name : ""))
            .ForCtorParam(nameof(OpeningResponse.OccupationName), o => o.MapFrom(x => OccupationCatalog.Keco2018.Find(x.Occupation)!.Name))
            .ForCtorParam(nameof(OpeningResponse.Wage), o => o.MapFrom(x => new WageRangeResponse(x.WageUnit, x.WageMin, x.WageMax)))
            .ForCtorParam(nameof(OpeningResponse.WorkHours), o => o.MapFrom(x => x.WorkHoursPerWeek));
    }
}
