using Matching.Domain.Privacy;

namespace Matching.UnitTests.Privacy;

public sealed class MaskingTests
{
    [Theory]
    [InlineData("홍길동", "홍*동")]
    [InlineData("남궁민수", "남**수")]
    [InlineData("이산", "이*")]
    [InlineData("김", "*")]
    [InlineData(" 홍길동 ", "홍*동")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Names_keep_only_their_first_and_last_characters(string? name, string expected) =>
        Assert.Equal(expected, Masking.Name(name));

    [Theory]
    [InlineData("010-1234-5678", "010-****-5678")]
    [InlineData("02-123-4567", "02-***-4567")]
    [InlineData("1588-1234", "*****1234")]
    [InlineData("123", "***")]
    [InlineData(null, "")]
    public void Phones_hide_their_middle_part(string? phone, string expected) =>
        Assert.Equal(expected, Masking.Phone(phone));

    [Theory]
    [InlineData("youngsook@example.com", "yo*******@example.com")]
    [InlineData("a@b.kr", "a@b.kr")]
    [InlineData("no-at-sign", "**********")]
    [InlineData(null, "")]
    public void Emails_keep_their_first_two_letters_and_domain(string? email, string expected) =>
        Assert.Equal(expected, Masking.Email(email));

    [Fact]
    public void An_anonymous_name_is_stable_and_tells_nothing_of_the_name()
    {
        var id = Guid.NewGuid();
        Assert.Equal(AnonymousName.For(id), AnonymousName.For(id));
        Assert.Matches("^구직자 #[0-9A-F]{4}$", AnonymousName.For(id));
    }
}
