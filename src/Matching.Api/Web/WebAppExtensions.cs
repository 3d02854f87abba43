using System.Globalization;
using Matching.Api.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using MudBlazor;
using MudBlazor.Services;

namespace Matching.Api.Web;

public static class WebAppExtensions
{
    /// <summary>The web app: Blazor with interactive server rendering, MudBlazor in Korean, ko-KR everywhere.</summary>
    public static WebApplicationBuilder AddMatchingWebApp(this WebApplicationBuilder builder)
    {
        // MudBlazor's files are served from the package folder when the app runs from its build output
        // (dotnet run, tests) in any environment; a published app has them in wwwroot and skips this.
        builder.WebHost.UseStaticWebAssets();
        // From its build output ASP.NET Core also serves files added to wwwroot after the build, through a catch-all
        // route whose constraint looks for the requested path on disk: on every request, an API call's too (a lookup
        // of the file system per match answer under match-http). That is for editing pages; a published app never has it.
        if (!builder.Environment.IsDevelopment())
        {
            builder.Configuration["ReloadStaticAssetsAtRuntime"] ??= bool.FalseString;
        }

        // Every circuit, and every handler a bus or timer thread runs for a page, formats as ko-KR.
        CultureInfo.DefaultThreadCurrentCulture = Korean.Culture;
        CultureInfo.DefaultThreadCurrentUICulture = Korean.Culture;

        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, SignedInStateProvider>();
        services.AddMudServices(o => o.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight);
        services.AddLocalizationInterceptor<MudKorean>();
        services.AddSingleton<UseCases>();
        return builder;
    }

    public static WebApplication UseMatchingWebApp(this WebApplication app)
    {
        app.UseRequestLocalization(o =>
        {
            o.SetDefaultCulture(Korean.Culture.Name);
            o.AddSupportedCultures(Korean.Culture.Name).AddSupportedUICultures(Korean.Culture.Name);
            o.RequestCultureProviders.Clear();
        });
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapMatchingWebApp(this WebApplication app)
    {
        app.MapStaticAssets();
        // The security headers' policy already says frame-ancestors 'none'; Blazor's own header would be a second policy.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        app.MapWebSignOut();
        return app;
    }
}
