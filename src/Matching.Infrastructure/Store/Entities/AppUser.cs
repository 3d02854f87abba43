using Microsoft.AspNetCore.Identity;

namespace Matching.Infrastructure.Store.Entities;

public sealed class AppUser : IdentityUser<Guid>
{
    /// <summary>Set for the Employer role only: the one employer whose openings this account manages.</summary>
    public Guid? EmployerId { get; set; }

    /// <summary>Set by an admin: no sign-in, and every token and session of the account stops at once.</summary>
    public bool Disabled { get; set; }

    /// <summary>Set by an admin's password reset: the next sign-in must choose a new password first.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Lockouts in a row since the last successful sign-in; each one lasts twice as long as the one before.</summary>
    public int Lockouts { get; set; }
}
