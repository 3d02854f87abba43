using System.Security.Cryptography;
using Matching.Infrastructure.Store.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Matching.Api.Auth;

/// <summary>Creates the roles and, on an empty store, the first admin account.</summary>
internal sealed class BootstrapAdmin(
    IServiceScopeFactory scopes,
    IOptions<BootstrapOptions> options,
    ILogger<BootstrapAdmin> logger) : IHostedService
{
    public const string DefaultAdminEmail = "admin@matching.local";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.NewGuid() });
            }
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (users.Users.Any())
        {
            return;
        }

        var email = options.Value.AdminEmail ?? DefaultAdminEmail;
        var password = options.Value.AdminPassword;
        var generated = string.IsNullOrEmpty(password);
        if (generated)
        {
            // Letters and digits both, whatever the random bytes hold, so the password rules always pass.
            password = $"Mt{RandomNumberGenerator.GetInt32(10, 100)}-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        }

        var admin = new AppUser { Id = Guid.NewGuid(), UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(admin, password!);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                "The bootstrap admin could not be created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
        }

        await users.AddToRoleAsync(admin, Roles.Admin);
        if (generated)
        {
            // Printed once, on the console only: nobody else can read it back.
            Console.WriteLine($"관리자 계정이 만들어졌습니다 (admin account created): {email} / {password}");
            logger.LogWarning("Created admin {Email} with a generated password printed on the console", email);
        }
        else
        {
            logger.LogInformation("Created admin {Email} from configuration", email);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
