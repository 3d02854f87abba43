using Matching.Api.Components.Pages.Account;

namespace Matching.WebTests.Formats;

public sealed class SignInReturnTests
{
    [Theory]
    [InlineData("/counsellor/seekers?q=1", "/counsellor/seekers?q=1")]
    [InlineData("/", "/")]
    [InlineData(null, "/")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    [InlineData("/\\evil.example/", "/")]
    [InlineData("/login?returnUrl=/x", "/")]
    public void After_signing_in_only_a_page_of_this_site_is_opened(string? returnUrl, string expected) =>
        Assert.Equal(expected, Login.LocalReturnUrl(returnUrl));
}
