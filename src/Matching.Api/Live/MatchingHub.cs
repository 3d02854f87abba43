using Matching.Api.Auth;
using Matching.Application.Privacy;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Matching.Api.Live;

/// <summary>Subscriptions only; pushes come from <see cref="SuggestionListsUpdatedConsumer"/>. A caller may subscribe to what it may read.</summary>
[Authorize(Policy = Policies.AnyRole)]
public sealed class MatchingHub(MatchingDbContext db) : Hub<IMatchingClient>
{
    public async Task SubscribeOpening(Guid openingId)
    {
        var employerId = await db.Openings.Where(o => o.Id == openingId && o.Status != OpeningStatus.Deleted)
            .Select(o => (Guid?)o.EmployerId).FirstOrDefaultAsync()
            ?? throw new HubException($"채용공고 {openingId}을(를) 찾을 수 없습니다.");
        var user = Context.User!;
        if (!user.MayActFor(employerId))
        {
            throw new HubException("다른 기업의 채용공고는 구독할 수 없습니다.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Opening(openingId, user.Actor().SeekerView));
    }

    public async Task UnsubscribeOpening(Guid openingId)
    {
        foreach (var view in Enum.GetValues<SeekerView>())
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, HubGroups.Opening(openingId, view));
        }
    }

    public async Task SubscribeSeeker(Guid seekerId)
    {
        var user = Context.User!;
        if (!user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.Counsellor))
        {
            throw new HubException("구직자 추천 목록은 상담사만 구독할 수 있습니다.");
        }

        if (!await db.Seekers.AnyAsync(s => s.Id == seekerId && s.Status == ProfileStatus.Active))
        {
            throw new HubException($"구직자 {seekerId}을(를) 찾을 수 없습니다.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Seeker(seekerId));
    }

    public Task UnsubscribeSeeker(Guid seekerId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, HubGroups.Seeker(seekerId));

    public async Task SubscribeEvent(Guid eventId)
    {
        if (!await db.Events.AnyAsync(e => e.Id == eventId))
        {
            throw new HubException($"채용행사 {eventId}을(를) 찾을 수 없습니다.");
        }

        var user = Context.User!;
        if (!user.IsEmployer())
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.Event(eventId, user.Actor().SeekerView));
            return;
        }

        var employerId = user.EmployerIdOf();
        if (employerId is null || !await db.EventEmployers.AnyAsync(b => b.EventId == eventId && b.EmployerId == employerId))
        {
            throw new HubException("참가하지 않은 행사는 구독할 수 없습니다.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, HubGroups.EventBooth(eventId, employerId.Value));
    }

    public async Task UnsubscribeEvent(Guid eventId)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, HubGroups.Event(eventId, SeekerView.Full));
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, HubGroups.Event(eventId, SeekerView.Masked));
        if (Context.User!.EmployerIdOf() is { } employerId)
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, HubGroups.EventBooth(eventId, employerId));
        }
    }
}
