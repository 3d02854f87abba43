using System.Collections.Concurrent;
using Microsoft.AspNetCore.Authentication;

namespace Matching.Api.Auth;

/// <summary>
/// Remembers, for a minute, what a bearer token read as: a client sends the same token with every request, and
/// reading it (decrypting it and checking its signature with the key ring, then deserialising its claims) cost a
/// match answer a few per cent of its server CPU. Keyed by the whole token, so only that exact text is taken as read.
/// What it changes nothing of: the handler still checks the ticket's expiry on every request, and the account gate
/// still asks the store whether the account, password and session stand. A key revoked in the key ring stops its
/// tokens within the minute instead of at once. Each request gets its own copy of the ticket, never a shared one.
/// </summary>
internal sealed class ValidatedTokenCache(ISecureDataFormat<AuthenticationTicket> inner, TimeProvider clock) : ISecureDataFormat<AuthenticationTicket>
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    // Tokens of the people signed in within the lifetime; emptied when full rather than tracked (a full cache is rare).
    private const int Capacity = 4096;

    private readonly ConcurrentDictionary<string, Entry> _read = new(StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null || purpose is not null)
        {
            return inner.Unprotect(protectedText, purpose);
        }

        var now = clock.GetUtcNow();
        if (_read.TryGetValue(protectedText, out var entry) && now < entry.Until)
        {
            return entry.Ticket.Clone();
        }

        var ticket = inner.Unprotect(protectedText);
        if (ticket is null)
        {
            return null;
        }

        if (_read.Count >= Capacity)
        {
            _read.Clear();
        }

        _read[protectedText] = new Entry(ticket.Clone(), now + Lifetime);
        return ticket;
    }

    private sealed record Entry(AuthenticationTicket Ticket, DateTimeOffset Until);
}
