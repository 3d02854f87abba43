namespace Matching.IntegrationTests.Infrastructure;

public static class TestSettings
{
    /// <summary>
    /// Tests sign in hundreds of times a minute from one address and as one admin; the sign-in limits are raised
    /// for them (a setting given to a host still wins). The login-protection tests set their own.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> LoginLimits = new Dictionary<string, string>
    {
        ["Matching:LoginProtection:PermitsPerAddress"] = "100000",
        ["Matching:LoginProtection:PermitsPerAccount"] = "100000",
    };
}
