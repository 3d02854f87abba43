using Matching.Application.Matches;
using Matching.Contracts;

namespace Matching.Application.Events;

/// <summary>What an employer sees of its booth, in answers and pushes alike: who is next and who is in an interview, without names.</summary>
public static class EmployerView
{
    public static BoothState Of(BoothState booth) => booth with
    {
        Next = booth.Next is { } next ? next with { SeekerName = AnonymousName.For(next.SeekerId) } : null,
        Interviewing = booth.Interviewing?.Select(i => i with { SeekerName = AnonymousName.For(i.SeekerId) }).ToList(),
    };
}
