using System.Security.Claims;
using Matching.Application.Users;
using Matching.Infrastructure.Store;
using Matching.Infrastructure.Store.Entities;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Matching.Api.Auth;

public static class AuthExtensions
{
    public static IHostApplicationBuilder AddMatchingAuth(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.SectionName);

        // Tokens are protected with a key ring kept in the store, so every node accepts them; encrypted there with a certificate.
        var keyRing = builder.Configuration.GetSection(KeyRingOptions.SectionName).Get<KeyRingOptions>() ?? new KeyRingOptions();
        keyRing.Apply(services.AddDataProtection().SetApplicationName("Matching"));
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o =>
                o.XmlRepository = new StoreXmlRepository(sp.GetRequiredService<IServiceScopeFactory>())));

        // One app, two kinds of caller: browsers carry the sign-in cookie, the API and the hub bearer tokens.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SignInSchemes.Selector;
                o.DefaultChallengeScheme = SignInSchemes.Selector;
            })
            .AddPolicyScheme(SignInSchemes.Selector, "쿠키 또는 토큰", o => o.ForwardDefaultSelector = SignInSchemes.For)
            .AddBearerToken(IdentityConstants.BearerScheme, o =>
            {
                o.BearerTokenExpiration = TimeSpan.FromHours(8);
                o.Events.OnMessageReceived = context =>
                {
                    // WebSockets cannot send headers: the SignalR client passes the token in the query.
                    var token = context.Request.Query["access_token"];
                    if (!string.IsNullOrEmpty(token) && context.HttpContext.Request.Path.StartsWithSegments("/hubs"))
                    {
                        context.Token = token;
                    }

                    return Task.CompletedTask;
                };
            })
            .AddCookie(IdentityConstants.ApplicationScheme, SignInSchemes.ConfigureCookie);
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme)
            .PostConfigure<TimeProvider>((o, clock) => o.BearerTokenProtector = new ValidatedTokenCache(o.BearerTokenProtector, clock));

        services.AddIdentityCore<AppUser>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                // PasswordSignIn counts failures and locks, for a time that grows; Identity's fixed lockout stays unused.
                o.Lockout.MaxFailedAccessAttempts = int.MaxValue;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<MatchingDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<MatchingClaimsFactory>();

        // How soon an open page notices a changed password; the account gate ends requests at once. The refreshed
        // cookie keeps its session, so signing out still revokes it.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.FindFirst(SessionClaims.SessionId) is { } session && context.NewPrincipal?.Identity is ClaimsIdentity identity)
                {
                    identity.AddClaim(new Claim(session.Type, session.Value));
                }

                return Task.CompletedTask;
            };
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.AnyRole, p => p.RequireRole(Roles.All))
            .AddPolicy(Policies.ManageProfiles, p => p.RequireRole(Roles.Admin, Roles.Counsellor))
            .AddPolicy(Policies.ManageOpenings, p => p.RequireRole(Roles.Admin, Roles.Counsellor, Roles.Employer))
            .AddPolicy(Policies.ReadEmployers, p => p.RequireRole(Roles.All))
            .AddPolicy(Policies.OrganiseEvents, p => p.RequireRole(Roles.Admin, Roles.Organiser))
            .AddPolicy(Policies.EventStaff, p => p.RequireRole(Roles.Admin, Roles.Organiser, Roles.Counsellor))
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin));

        services.AddHostedService<BootstrapAdmin>();
        return builder;
    }
}
