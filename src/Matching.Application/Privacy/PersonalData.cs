using Matching.Application.Common;
using Matching.Contracts;
using Matching.Domain.Privacy;

namespace Matching.Application.Privacy;

/// <summary>
/// A seeker's name and phone as a caller may see them: every answer, page and export that shows a seeker
/// goes through here, so the masking rule is applied the same way everywhere.
/// </summary>
public static class PersonalData
{
    public static string Name(this Actor actor, Guid seekerId, string? name) => actor.SeekerView.Name(seekerId, name);

    public static string Name(this SeekerView view, Guid seekerId, string? name) => view switch
    {
        SeekerView.Full => name ?? "",
        SeekerView.Masked => Masking.Name(name),
        _ => AnonymousName.For(seekerId),
    };

    /// <summary>An event booth with its next candidate and those in an interview named as <paramref name="view"/> allows.</summary>
    public static BoothState Shown(this SeekerView view, BoothState booth) => booth with
    {
        Next = booth.Next is { } next ? next with { SeekerName = view.Name(next.SeekerId, next.SeekerName) } : null,
        Interviewing = booth.Interviewing?.Select(i => i with { SeekerName = view.Name(i.SeekerId, i.SeekerName) }).ToList(),
    };

    /// <summary>Null for an employer: contact data reaches an employer only through an accepted referral.</summary>
    public static string? Phone(this Actor actor, string? phone) => actor.SeekerView switch
    {
        SeekerView.Full => phone,
        SeekerView.Masked => phone is null ? null : Masking.Phone(phone),
        _ => null,
    };
}
