using Matching.Application.Privacy;

namespace Matching.Api.Live;

/// <summary>One group per way of seeing seekers (<see cref="SeekerView"/>): the same lists, named as each role may see them.</summary>
public static class HubGroups
{
    public static string Opening(Guid id, SeekerView view) => view == SeekerView.Full ? $"opening:{id}" : $"opening:{id}:{view.ToString().ToLowerInvariant()}";

    public static string Seeker(Guid id) => $"seeker:{id}";

    /// <summary>Staff: every booth, the next candidates named in full (counsellors) or masked (organisers).</summary>
    public static string Event(Guid id, SeekerView view) => view == SeekerView.Full ? $"event:{id}" : $"event:{id}:{view.ToString().ToLowerInvariant()}";

    /// <summary>An employer at the event: its own booth only, anonymised.</summary>
    public static string EventBooth(Guid id, Guid employerId) => $"event:{id}:employer:{employerId}";
}
