using Matching.Application.Common;
using Matching.Infrastructure.Store.Entities;
using Microsoft.AspNetCore.Identity;

namespace Matching.Application.Users;

/// <summary>
/// A disabled account cannot sign in, and everything it holds stops at once: its sessions are revoked and its
/// security stamp changes, so its bearer tokens, refresh tokens and browser sessions no longer validate.
/// </summary>
public sealed class DisableAccount(UserManager<AppUser> users, SignInSessions sessions)
{
    public async Task<Result<Done>> ExecuteAsync(Actor actor, Guid id, bool disabled, CancellationToken ct = default)
    {
        var user = await users.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return Problem.NotFound("계정", id);
        }

        if (disabled && actor.UserId == id)
        {
            return Problem.Conflict("자기 계정은 중지할 수 없습니다", "다른 관리자 계정으로 로그인해 중지하세요.");
        }

        user.Disabled = disabled;
        await users.UpdateAsync(user);
        if (disabled)
        {
            await users.UpdateSecurityStampAsync(user);
            await sessions.RevokeAllAsync(id, "account disabled", ct);
        }

        return Done.Value;
    }
}
