using AutoMapper;
using Matching.Domain.Events;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Series;

public sealed class SeriesMapping : Profile
{
    public SeriesMapping()
    {
        CreateMap<EventSeries, EventSeriesResponse>()
            .ForCtorParam(nameof(EventSeriesResponse.KindName), o => o.MapFrom(s => s.Kind.Korean()));
        CreateMap<PublicHoliday, HolidayResponse>();
    }
}
