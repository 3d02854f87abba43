using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Matching.Application.Users;

public sealed class AccountQueries(UserManager<AppUser> users, MatchingDbContext db, TimeProvider clock)
{
    public async Task<List<AccountView>> ListAsync(CancellationToken ct = default)
    {
        var employerNames = await db.Employers.AsNoTracking().ToDictionaryAsync(e => e.Id, e => e.Name, ct);
        var list = new List<AccountView>();
        foreach (var user in await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct))
        {
            var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "";
            list.Add(new AccountView(user.Id, user.Email ?? "", role, user.EmployerId,
                user.EmployerId is { } e ? employerNames.GetValueOrDefault(e) : null, user.Disabled,
                user.LockoutEnd > clock.GetUtcNow() ? user.LockoutEnd : null, user.MustChangePassword));
        }

        return list;
    }
}
