using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace Matching.Api.Web;

public static class PageActor
{
    /// <summary>
    /// The signed-in person on the page, for the use cases: what they may see, and the page named in each access
    /// record ("page /counsellor/seekers/…"; never the query, which may hold what was searched for).
    /// </summary>
    public static async Task<Actor> ActorAsync(this Task<AuthenticationState> auth, NavigationManager navigation) =>
        Actor.From((await auth).User, "page /" + navigation.ToBaseRelativePath(navigation.Uri).Split('?', '#')[0]);
}
