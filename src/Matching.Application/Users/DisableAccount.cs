using Matching.Application.Common;
using Matching.Infrastructure.Store.Entities;
using Microsoft.AspNetCore.Identity;

namespace Matching.Application.Users;

/// <summary>
/// A disabled account cannot sign in, and its sessions end at their next check: the security stamp
/// changes, so refresh tokens and browser sessions issued before no longer validate.
/// </summary>
public sealed class DisableAccount(UserManager<AppUser> users)
{
    // Not DateTimeOffset.MaxValue: the store reads instants back in Korea time, and MaxValue + 9 h overflows.
    public static readonly DateTimeOffset Forever = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

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

        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, disabled ? Forever : null);
        await users.UpdateSecurityStampAsync(user);
        return Done.Value;
    }

    public static bool IsDisabled(AppUser user) => user.LockoutEnd >= Forever;
}
