using Matching.Infrastructure.Store.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Matching.Application.Users;

public enum SignInOutcome
{
    Succeeded,

    /// <summary>Wrong e-mail or password, locked, or disabled: one answer, so nobody learns which accounts exist.</summary>
    Failed,

    /// <summary>The password was right, but an admin reset it: a new one must be chosen first.</summary>
    MustChangePassword,
}

public sealed record SignInAttempt(SignInOutcome Outcome, AppUser? User = null, SignInSession? Session = null);

/// <summary>
/// Checks an e-mail and password for the API's tokens and the web app's cookie alike. Wrong passwords in a row
/// lock the account for a short time that doubles with each lockout; a right one (or an admin) ends the run.
/// </summary>
public sealed class PasswordSignIn(
    UserManager<AppUser> users,
    IPasswordHasher<AppUser> hasher,
    SignInSessions sessions,
    IOptions<LoginProtectionOptions> options,
    TimeProvider clock,
    ILogger<PasswordSignIn> logger)
{
    // Checked when there is no password to check, so an unknown e-mail costs as long as a known one.
    private static readonly AppUser Nobody = new();
    private static string? nobodyHash;

    public async Task<SignInAttempt> ExecuteAsync(string? email, string? password, bool startSession = true, CancellationToken ct = default)
    {
        var user = string.IsNullOrWhiteSpace(email) ? null : await users.FindByEmailAsync(email.Trim());
        var now = clock.GetUtcNow();
        if (user is null || user.Disabled || user.LockoutEnd > now || string.IsNullOrEmpty(password))
        {
            nobodyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(Nobody, nobodyHash, password ?? "");
            return new SignInAttempt(SignInOutcome.Failed);
        }

        if (!await users.CheckPasswordAsync(user, password))
        {
            await FailedAsync(user, now);
            return new SignInAttempt(SignInOutcome.Failed);
        }

        if (user.AccessFailedCount > 0 || user.Lockouts > 0 || user.LockoutEnd is not null)
        {
            user.AccessFailedCount = 0;
            user.Lockouts = 0;
            user.LockoutEnd = null;
            await users.UpdateAsync(user);
        }

        if (user.MustChangePassword)
        {
            return new SignInAttempt(SignInOutcome.MustChangePassword, user);
        }

        return new SignInAttempt(SignInOutcome.Succeeded, user, startSession ? await sessions.StartAsync(user.Id, ct) : null);
    }

    private async Task FailedAsync(AppUser user, DateTimeOffset now)
    {
        var o = options.Value;
        user.AccessFailedCount++;
        if (user.AccessFailedCount >= o.FailuresBeforeLockout)
        {
            var length = TimeSpan.FromTicks(Math.Min(o.MaxLockout.Ticks, o.FirstLockout.Ticks << Math.Min(user.Lockouts, 20)));
            user.LockoutEnd = now + length;
            user.Lockouts++;
            user.AccessFailedCount = 0;
            logger.LogWarning("Account {UserId} locked for {Minutes:F0} min after {Failures} wrong passwords (lockout {Count} in a row)",
                user.Id, length.TotalMinutes, o.FailuresBeforeLockout, user.Lockouts);
        }

        // A concurrent attempt may have changed the row first: that one's count stands, which is as good.
        await users.UpdateAsync(user);
    }
}
