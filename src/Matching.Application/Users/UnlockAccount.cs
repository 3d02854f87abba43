using Matching.Application.Common;
using Matching.Infrastructure.Store.Entities;
using Microsoft.AspNetCore.Identity;

namespace Matching.Application.Users;

/// <summary>An admin lifts a lockout at once, and the next one starts short again.</summary>
public sealed class UnlockAccount(UserManager<AppUser> users)
{
    public async Task<Result<Done>> ExecuteAsync(Guid id, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return Problem.NotFound("계정", id);
        }

        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        user.Lockouts = 0;
        await users.UpdateAsync(user);
        return Done.Value;
    }
}
