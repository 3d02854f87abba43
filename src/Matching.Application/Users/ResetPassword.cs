using System.Security.Cryptography;
using Matching.Application.Common;
using Matching.Infrastructure.Store.Entities;
using Microsoft.AspNetCore.Identity;

namespace Matching.Application.Users;

/// <summary>What an admin hands the person, once: it opens nothing but the page that sets a new password.</summary>
public sealed record PasswordResetResponse(string TemporaryPassword);

/// <summary>
/// An admin forces a password reset: a temporary password replaces the old one, every session of the account
/// ends at once, and the next sign-in must choose a new password before anything else.
/// </summary>
public sealed class ResetPassword(UserManager<AppUser> users, SignInSessions sessions)
{
    public async Task<Result<PasswordResetResponse>> ExecuteAsync(Guid id, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return Problem.NotFound("계정", id);
        }

        // Letters and digits both, whatever the random bytes hold, so the password rules always pass.
        var temporary = $"Tmp{RandomNumberGenerator.GetInt32(10, 100)}-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();
        await users.RemovePasswordAsync(user);
        await users.AddPasswordAsync(user, temporary);
        user.MustChangePassword = true;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await sessions.RevokeAllAsync(id, "password reset", ct);
        return new PasswordResetResponse(temporary);
    }
}
