namespace Matching.Application.Users;

/// <summary>
/// How sign-in resists guessing: rate limits first (per address and per account, on every sign-in route),
/// then a short lockout that doubles with each one in a row. The limits slow a guesser to a crawl; the
/// lockout is kept short so that nobody can keep someone else's account shut for long.
/// </summary>
public sealed class LoginProtectionOptions
{
    public const string SectionName = "Matching:LoginProtection";

    /// <summary>Attempts one client address may make per <see cref="Window"/> on the sign-in routes.</summary>
    public int PermitsPerAddress { get; set; } = 30;

    /// <summary>Attempts for one account (by e-mail) per <see cref="Window"/>, from any address.</summary>
    public int PermitsPerAccount { get; set; } = 10;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Wrong passwords in a row before the account is locked.</summary>
    public int FailuresBeforeLockout { get; set; } = 5;

    public TimeSpan FirstLockout { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxLockout { get; set; } = TimeSpan.FromMinutes(30);

    public bool IsValid() =>
        PermitsPerAddress > 0 && PermitsPerAccount > 0 && Window > TimeSpan.Zero && FailuresBeforeLockout > 0
        && FirstLockout > TimeSpan.Zero && MaxLockout >= FirstLockout;
}
