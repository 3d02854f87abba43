using Matching.Domain.Validation;

namespace Matching.UnitTests.Validation;

public class KoreanPhoneNumberTests
{
    [Theory]
    [InlineData("010-1234-5678", "010-1234-5678")]
    [InlineData("01012345678", "010-1234-5678")]
    [InlineData("010 1234 5678", "010-1234-5678")]
    [InlineData("010.1234.5678", "010-1234-5678")]
    [InlineData("(010) 1234-5678", "010-1234-5678")]
    [InlineData(" 010-1234-5678 ", "010-1234-5678")]
    [InlineData("0101234567", "010-123-4567")]
    [InlineData("011-123-4567", "011-123-4567")]
    [InlineData("0161234567", "016-123-4567")]
    [InlineData("017-1234-5678", "017-1234-5678")]
    [InlineData("018 123 4567", "018-123-4567")]
    [InlineData("019-1234-5678", "019-1234-5678")]
    public void Mobile_numbers_are_hyphenated(string input, string expected) => AssertNormalises(input, expected);

    [Theory]
    [InlineData("+82 10-1234-5678", "010-1234-5678")]
    [InlineData("+82-10-1234-5678", "010-1234-5678")]
    [InlineData("+821012345678", "010-1234-5678")]
    [InlineData("+82 (0)10 1234 5678", "010-1234-5678")]
    [InlineData("+82 010-1234-5678", "010-1234-5678")]
    [InlineData("0082-10-1234-5678", "010-1234-5678")]
    [InlineData("+82 2 1234 5678", "02-1234-5678")]
    [InlineData("+82-32-123-4567", "032-123-4567")]
    public void The_country_code_is_replaced_by_the_trunk_zero(string input, string expected) => AssertNormalises(input, expected);

    [Theory]
    [InlineData("02-123-4567", "02-123-4567")]
    [InlineData("02-1234-5678", "02-1234-5678")]
    [InlineData("(02) 1234-5678", "02-1234-5678")]
    [InlineData("021234567", "02-123-4567")]
    [InlineData("02.2860.2114", "02-2860-2114")]
    [InlineData("031-123-4567", "031-123-4567")]
    [InlineData("032-1234-5678", "032-1234-5678")]
    [InlineData("0331234567", "033-123-4567")]
    [InlineData("041-123-4567", "041-123-4567")]
    [InlineData("044-123-4567", "044-123-4567")]
    [InlineData("051-1234-5678", "051-1234-5678")]
    [InlineData("055 123 4567", "055-123-4567")]
    [InlineData("061-123-4567", "061-123-4567")]
    [InlineData("064-1234-5678", "064-1234-5678")]
    public void Landlines_keep_their_area_code(string input, string expected) => AssertNormalises(input, expected);

    [Theory]
    [InlineData("070-1234-5678", "070-1234-5678")]
    [InlineData("070 123 4567", "070-123-4567")]
    [InlineData("07012345678", "070-1234-5678")]
    public void Internet_phones_are_accepted(string input, string expected) => AssertNormalises(input, expected);

    [Theory]
    [InlineData("1588-1234", "1588-1234")]
    [InlineData("15881234", "1588-1234")]
    [InlineData("1577.1234", "1577-1234")]
    [InlineData("1644 5678", "1644-5678")]
    [InlineData("1600-0000", "1600-0000")]
    [InlineData("1800-1234", "1800-1234")]
    [InlineData("1899-0001", "1899-0001")]
    public void Representative_numbers_are_split_four_and_four(string input, string expected) => AssertNormalises(input, expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("010-123-456")] // too short
    [InlineData("010-12345-67890")] // too long
    [InlineData("012-1234-5678")] // not a mobile prefix
    [InlineData("015-1234-5678")]
    [InlineData("010-0123-4567")] // exchange starting with 0
    [InlineData("02-12-3456")]
    [InlineData("02-12345-6789")]
    [InlineData("02-0123-4567")]
    [InlineData("030-123-4567")] // not an area code
    [InlineData("065-123-4567")]
    [InlineData("080-123-4567")] // free-call numbers are not contact numbers
    [InlineData("050-1234-5678")]
    [InlineData("0505-123-4567")]
    [InlineData("1234-5678")] // 12xx is not a representative range
    [InlineData("1588-123")]
    [InlineData("1588-12345")]
    [InlineData("+82 1588-1234")] // representative numbers cannot be dialled from abroad
    [InlineData("+1 212 555 0100")]
    [InlineData("+81 3-1234-5678")]
    [InlineData("82-10-1234-5678")] // country code without + or 00
    [InlineData("++82 10 1234 5678")]
    [InlineData("010-1234-+5678")]
    [InlineData("010/1234/5678")]
    [InlineData("O10-1234-5678")] // letter O
    [InlineData("010-1234-5678 ext 1")]
    [InlineData("010-1234-5678 (휴대폰)")]
    [InlineData("01012345678901234567890")]
    public void Anything_else_is_refused(string? input)
    {
        Assert.False(KoreanPhoneNumber.TryNormalize(input, out var normalized));
        Assert.Equal(string.Empty, normalized);
        Assert.False(KoreanPhoneNumber.IsValid(input));
    }

    [Fact]
    public void A_normalised_number_normalises_to_itself()
    {
        foreach (var input in new[] { "+82 10 1234 5678", "(02) 123-4567", "15881234", "070.1234.5678" })
        {
            Assert.True(KoreanPhoneNumber.TryNormalize(input, out var once));
            Assert.True(KoreanPhoneNumber.TryNormalize(once, out var twice));
            Assert.Equal(once, twice);
        }
    }

    private static void AssertNormalises(string input, string expected)
    {
        Assert.True(KoreanPhoneNumber.TryNormalize(input, out var normalized), input);
        Assert.Equal(expected, normalized);
    }
}
