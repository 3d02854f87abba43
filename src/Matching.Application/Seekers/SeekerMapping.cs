using AutoMapper;
using Matching.Application.Common;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Seekers;

public sealed class SeekerMapping : Profile
{
    public SeekerMapping()
    {
        CreateMap<StoredAddress, AddressResponse>();
        CreateMap<ExperienceItem, ExperienceResponse>();
        CreateMap<Seeker, SeekerResponse>()
            .ForCtorParam(nameof(SeekerResponse.Name), o => o.MapFrom(s => s.Name ?? ""))
            .ForCtorParam(nameof(SeekerResponse.DesiredWage), o => o.MapFrom(s =>
                s.DesiredWageUnit != null && s.DesiredWageAmount != null
                    ? new WageResponse(s.DesiredWageUnit.Value, s.DesiredWageAmount.Value)
                    : null));
        CreateMap<Seeker, SeekerSummary>()
            .ForCtorParam(nameof(SeekerSummary.Name), o => o.MapFrom(s => s.Name ?? ""))
            .ForCtorParam(nameof(SeekerSummary.Sigungu), o => o.MapFrom(s => s.Address != null ? s.Address.Sigungu : ""));
    }
}
