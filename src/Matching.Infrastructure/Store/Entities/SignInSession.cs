namespace Matching.Infrastructure.Store.Entities;

/// <summary>
/// One sign-in and the refresh tokens descended from it (a token family). Only the newest token may be
/// redeemed; an older one coming back means it was copied, and the whole session is revoked.
/// </summary>
public sealed class SignInSession
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid CurrentTokenId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? RevokedReason { get; set; }
}
