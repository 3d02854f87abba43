using AutoMapper;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Employers;

public sealed class EmployerMapping : Profile
{
    public EmployerMapping() => CreateMap<Employer, EmployerResponse>();
}
