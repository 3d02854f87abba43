namespace Matching.Api.Common;

public static class MappingExtensions
{
    /// <summary>AutoMapper at the edge only: the endpoints' and the use cases' DTOs; the license key comes from <c>AutoMapper:LicenseKey</c>.</summary>
    public static IHostApplicationBuilder AddMatchingMapping(this IHostApplicationBuilder builder)
    {
        var licenseKey = builder.Configuration["AutoMapper:LicenseKey"];
        builder.Services.AddAutoMapper(cfg =>
        {
            if (!string.IsNullOrEmpty(licenseKey))
            {
                cfg.LicenseKey = licenseKey;
            }
        }, typeof(MappingExtensions).Assembly, typeof(Application.ApplicationExtensions).Assembly);
        return builder;
    }
}
