using Matching.Application.Common;
using Matching.Infrastructure.Store.Entities;
using Microsoft.AspNetCore.Identity;

namespace Matching.Application.Users;

public sealed record ChangePasswordRequest(string? Email, string? CurrentPassword, string? NewPassword);

/// <summary>
/// A person sets a new password with the current one (after an admin's reset, the temporary one). The check
/// is the sign-in's own, wrong guesses counting towards its lockout; the account's other sessions end.
/// </summary>
public sealed class ChangePassword(UserManager<AppUser> users, PasswordSignIn signIn, SignInSessions sessions)
{
    /// <returns>Null when the e-mail or current password is wrong, with the sign-in's one message.</returns>
    public async Task<Result<Done>?> ExecuteAsync(ChangePasswordRequest request, CancellationToken ct = default)
    {
        var errors = new ValidationErrors();
        errors.Required("newPassword", request.NewPassword);
        if (errors.Any)
        {
            return Problem.Invalid(errors);
        }

        var attempt = await signIn.ExecuteAsync(request.Email, request.CurrentPassword, startSession: false, ct);
        if (attempt.User is not { } user)
        {
            return null;
        }

        if (request.NewPassword == request.CurrentPassword)
        {
            errors.Add("newPassword", "지금과 다른 비밀번호를 입력하세요.");
            return Problem.Invalid(errors);
        }

        var changed = await users.ChangePasswordAsync(user, request.CurrentPassword!, request.NewPassword!);
        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
            {
                errors.Add("newPassword", error.Description);
            }

            return Problem.Invalid(errors);
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await sessions.RevokeAllAsync(user.Id, "password changed", ct);
        return Done.Value;
    }
}
