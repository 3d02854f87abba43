using Matching.Domain.Validation;

namespace Matching.UnitTests.Validation;

public class EmailAddressTests
{
    [Theory]
    [InlineData("a@b.co")]
    [InlineData("kim.minsu@example.com")]
    [InlineData("hong_gildong@naver.com")]
    [InlineData("user+jobs@sub.example.co.kr")]
    [InlineData("o'brien@example.ie")]
    [InlineData("first-last@my-company.kr")]
    [InlineData("UPPER@EXAMPLE.COM")]
    [InlineData("123@456.kr")]
    [InlineData("담당자@고용센터.한국")]
    public void Ordinary_addresses_are_accepted(string input)
        => Assert.True(EmailAddress.IsValid(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("plainaddress")]
    [InlineData("@example.com")]
    [InlineData("user@")]
    [InlineData("user@localhost")] // no dot in the domain
    [InlineData("user@@example.com")]
    [InlineData("a@b@example.com")]
    [InlineData("user name@example.com")]
    [InlineData(" user@example.com")]
    [InlineData("user@example.com ")]
    [InlineData("user@exam ple.com")]
    [InlineData("user\t@example.com")]
    [InlineData("user@.example.com")]
    [InlineData("user@example..com")]
    [InlineData("user@example.com.")]
    [InlineData("user@-example.com")]
    [InlineData("user@example-.com")]
    [InlineData("user@exa_mple.com")]
    [InlineData(".user@example.com")]
    [InlineData("user.@example.com")]
    [InlineData("us..er@example.com")]
    [InlineData("user@example.c")] // one-letter top-level domain
    [InlineData("user@127.0.0.1")] // numeric top-level domain
    [InlineData("user@[127.0.0.1]")]
    [InlineData("\"quoted\"@example.com")]
    [InlineData("user(comment)@example.com")]
    [InlineData("user,other@example.com")]
    [InlineData("<user@example.com>")]
    public void Malformed_addresses_are_refused(string? input)
        => Assert.False(EmailAddress.IsValid(input));

    [Fact]
    public void An_address_of_exactly_254_characters_is_accepted_and_255_is_not()
    {
        var local = new string('a', 64);
        var domain = $"{new string('b', 63)}.{new string('c', 63)}.{new string('d', 57)}.com";
        var longest = $"{local}@{domain}";
        Assert.Equal(254, longest.Length);
        Assert.True(EmailAddress.IsValid(longest));

        var tooLong = $"{local}@{new string('b', 63)}.{new string('c', 63)}.{new string('d', 58)}.com";
        Assert.Equal(255, tooLong.Length);
        Assert.False(EmailAddress.IsValid(tooLong));
    }

    [Fact]
    public void A_local_part_over_64_characters_is_refused()
    {
        Assert.True(EmailAddress.IsValid($"{new string('a', 64)}@example.com"));
        Assert.False(EmailAddress.IsValid($"{new string('a', 65)}@example.com"));
    }

    [Fact]
    public void A_domain_label_over_63_characters_is_refused()
    {
        Assert.True(EmailAddress.IsValid($"user@{new string('a', 63)}.com"));
        Assert.False(EmailAddress.IsValid($"user@{new string('a', 64)}.com"));
    }
}
