namespace Matching.Api.Live;

/// <summary>Employers get their own groups: the same lists and booths, anonymised.</summary>
public static class HubGroups
{
    public static string Opening(Guid id) => $"opening:{id}";

    public static string OpeningAnonymised(Guid id) => $"opening:{id}:anonymised";

    public static string Seeker(Guid id) => $"seeker:{id}";

    /// <summary>Organisers and counsellors: every booth, with names.</summary>
    public static string Event(Guid id) => $"event:{id}";

    /// <summary>An employer at the event: its own booth only, anonymised.</summary>
    public static string EventBooth(Guid id, Guid employerId) => $"event:{id}:employer:{employerId}";
}
