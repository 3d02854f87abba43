using Matching.Infrastructure;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Matching.Application.Users;

/// <summary>
/// Sign-in sessions: refresh tokens rotate within one, a reused token revokes it whole, and signing out,
/// disabling the account or resetting its password revokes it, so its tokens stop working at once.
/// </summary>
public sealed class SignInSessions(MatchingDbContext db, TimeProvider clock, ILogger<SignInSessions> logger)
{
    public async Task<SignInSession> StartAsync(Guid userId, CancellationToken ct = default)
    {
        var session = new SignInSession { Id = Guid.NewGuid(), UserId = userId, CurrentTokenId = Guid.NewGuid(), CreatedAt = clock.Now() };
        db.SignInSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session;
    }

    /// <summary>
    /// Redeems refresh token <paramref name="tokenId"/>: the id of the token that replaces it, or null when the
    /// session is revoked or the token is not its newest. An older token coming back was copied: the whole
    /// session is revoked, the thief's tokens and the owner's alike.
    /// </summary>
    public async Task<Guid?> RotateAsync(Guid sessionId, Guid tokenId, CancellationToken ct = default)
    {
        var next = Guid.NewGuid();
        // One conditional update: of two requests racing with the same token, only one can win.
        var rotated = await db.SignInSessions.Where(s => s.Id == sessionId && s.CurrentTokenId == tokenId && s.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.CurrentTokenId, next), ct);
        if (rotated == 1)
        {
            return next;
        }

        if (await RevokeAsync(sessionId, "refresh token reused", ct) > 0)
        {
            logger.LogWarning("Refresh token of session {SessionId} used twice: the session is revoked", sessionId);
        }

        return null;
    }

    public Task<int> RevokeAsync(Guid sessionId, string reason, CancellationToken ct = default)
    {
        var now = clock.Now();
        return db.SignInSessions.Where(s => s.Id == sessionId && s.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now).SetProperty(x => x.RevokedReason, reason), ct);
    }

    public Task<int> RevokeAllAsync(Guid userId, string reason, CancellationToken ct = default)
    {
        var now = clock.Now();
        return db.SignInSessions.Where(s => s.UserId == userId && s.RevokedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RevokedAt, now).SetProperty(x => x.RevokedReason, reason), ct);
    }

    /// <summary>
    /// Whether a token or cookie still stands: its account exists and is not disabled, its security stamp is
    /// the current one, and its session (when it names one) is not revoked. One query, asked on every request.
    /// </summary>
    public async Task<bool> IsValidAsync(Guid userId, string? securityStamp, Guid? sessionId, CancellationToken ct = default)
    {
        var account = await PerModel<Reads>.For(db).Account(db, userId, sessionId, ct);
        return account is { Disabled: false, Revoked: false } && account.SecurityStamp == securityStamp;
    }

    /// <summary>
    /// Compiled: the account gate asks on every request, and the LINQ form spent its expression-tree handling there each time.
    /// </summary>
    private sealed class Reads
    {
        public readonly Func<MatchingDbContext, Guid, Guid?, CancellationToken, Task<AccountStanding?>> Account =
            EF.CompileAsyncQuery((MatchingDbContext db, Guid userId, Guid? sessionId, CancellationToken ct) =>
                db.Users.Where(u => u.Id == userId)
                    .Select(u => new AccountStanding(u.Disabled, u.SecurityStamp,
                        sessionId != null && db.SignInSessions.Any(s => s.Id == sessionId && s.RevokedAt != null)))
                    .FirstOrDefault());
    }

    private sealed record AccountStanding(bool Disabled, string? SecurityStamp, bool Revoked);
}
