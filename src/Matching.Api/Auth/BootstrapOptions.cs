namespace Matching.Api.Auth;

public sealed class BootstrapOptions
{
    public const string SectionName = "Matching:Bootstrap";

    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
}
