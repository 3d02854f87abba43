using Microsoft.AspNetCore.Identity;

namespace Matching.Infrastructure.Store.Entities;

public sealed class AppUser : IdentityUser<Guid>
{
    /// <summary>Set for the Employer role only: the one employer whose openings this account manages.</summary>
    public Guid? EmployerId { get; set; }
}
