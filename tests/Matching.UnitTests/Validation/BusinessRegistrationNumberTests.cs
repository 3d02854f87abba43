using Matching.Domain.Validation;

namespace Matching.UnitTests.Validation;

public class BusinessRegistrationNumberTests
{
    [Theory]
    [InlineData("220-81-62517", "220-81-62517")]
    [InlineData("2208162517", "220-81-62517")]
    [InlineData("  220-81-62517 ", "220-81-62517")]
    [InlineData("124-81-00998", "124-81-00998")] // the ninth digit's carry (9×5 = 45 → +4) decides this one
    [InlineData("220-81-83676", "220-81-83676")]
    [InlineData("123-45-67891", "123-45-67891")]
    [InlineData("104-81-00000", "104-81-00000")] // check digit 0
    [InlineData("9999999997", "999-99-99997")]
    public void A_number_with_a_correct_check_digit_is_accepted_and_hyphenated(string input, string expected)
    {
        Assert.True(BusinessRegistrationNumber.TryNormalize(input, out var formatted));
        Assert.Equal(expected, formatted);
        Assert.True(BusinessRegistrationNumber.IsValid(input));
    }

    [Theory]
    [InlineData("220-81-62518")] // check digit off by one
    [InlineData("220-81-62510")]
    [InlineData("124-81-00992")] // what the check digit would be without the carry
    [InlineData("210-81-62517")] // two digits swapped
    [InlineData("123-45-67890")]
    public void A_wrong_check_digit_is_refused(string input)
        => Assert.False(BusinessRegistrationNumber.IsValid(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("220-81-6251")] // 9 digits
    [InlineData("220816251")]
    [InlineData("22081625170")] // 11 digits
    [InlineData("22O-81-62517")] // letter O for zero
    [InlineData("abc-de-fghij")]
    [InlineData("2208-1-62517")] // hyphens in the wrong places
    [InlineData("220-8162517")]
    [InlineData("220 81 62517")]
    [InlineData("220–81–62517")] // en dashes
    [InlineData("２２０８１６２５１７")] // full-width digits
    [InlineData("000-00-00000")] // passes the sum, but no 세무서 has code 000
    public void Malformed_input_is_refused(string? input)
    {
        Assert.False(BusinessRegistrationNumber.TryNormalize(input, out var formatted));
        Assert.Equal(string.Empty, formatted);
    }

    [Fact]
    public void Exactly_one_check_digit_fits_any_nine_digits()
    {
        for (var first = 101_000_000; first < 101_000_000 + 500; first += 7)
        {
            var valid = Enumerable.Range(0, 10).Count(check => BusinessRegistrationNumber.IsValid($"{first}{check}"));
            Assert.Equal(1, valid);
        }
    }
}
