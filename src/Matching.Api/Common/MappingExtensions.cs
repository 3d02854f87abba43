namespace Matching.Api.Common;

public static class MappingExtensions
{
    /// <summary>AutoMapper at the API edge only; the license key comes from <c>AutoMapper:LicenseKey</c>.</summary>
    public static IHostApplicationBuilder AddMatchingMapping(this IHostApplicationBuilder builder)
    {
        var licenseKey = builder.Configuration["AutoMapper:LicenseKey"];
        builder.Services.AddAutoMapper(cfg =>
        {
            if (!string.IsNullOrEmpty(licenseKey))
            {
                cfg.LicenseKey = licenseKey;
            }
        }, typeof(MappingExtensions).Assembly);
        return builder;
    }
}
