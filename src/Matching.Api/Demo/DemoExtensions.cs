namespace Matching.Api.Demo;

public static class DemoExtensions
{
    public static IHostApplicationBuilder AddDemoData(this IHostApplicationBuilder builder, string[] args)
    {
        if (args.Contains("--demo", StringComparer.OrdinalIgnoreCase))
        {
            builder.Configuration.AddInMemoryCollection([new($"{DemoOptions.SectionName}:Seed", "true")]);
        }

        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName);
        builder.Services.AddHostedService<DemoSeeder>();
        return builder;
    }
}
