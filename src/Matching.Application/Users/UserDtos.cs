namespace Matching.Application.Users;

public sealed record CreateUserRequest(string? Email, string? Password, string? Role, Guid? EmployerId);

/// <summary>
/// <c>disabled</c>: the account can no longer sign in; <c>lockedUntil</c>: wrong passwords locked it until then;
/// <c>mustChangePassword</c>: an admin reset its password.
/// </summary>
public sealed record UserResponse(
    Guid Id, string Email, string Role, Guid? EmployerId, bool Disabled = false, DateTimeOffset? LockedUntil = null, bool MustChangePassword = false);

/// <summary>An account as the admin page lists it, with the employer's name for employer accounts.</summary>
public sealed record AccountView(
    Guid Id, string Email, string Role, Guid? EmployerId, string? EmployerName, bool Disabled, DateTimeOffset? LockedUntil, bool MustChangePassword);
