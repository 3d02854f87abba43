using AutoMapper;
using Matching.Infrastructure.Store.Entities;

namespace Matching.Application.Referrals;

public sealed class ReferralMapping : Profile
{
    public ReferralMapping()
    {
        CreateMap<ReferralChange, ReferralChangeResponse>();
        CreateMap<Referral, ReferralResponse>();
    }
}
