using Matching.Api.Web;
using Matching.Application.Common;

namespace Matching.WebTests.Formats;

public sealed class FieldErrorsTests
{
    private static FieldErrors Showing(params (string Field, string Message)[] errors)
    {
        var collected = new ValidationErrors();
        foreach (var (field, message) in errors)
        {
            collected.Add(field, message);
        }

        var shown = new FieldErrors();
        shown.Show(Problem.Invalid(collected));
        return shown;
    }

    [Fact]
    public void A_field_shows_its_own_errors_and_those_of_its_parts()
    {
        var errors = Showing(("address.sigungu", "없는 시군구"), ("desiredOccupations[1]", "없는 코드"), ("name", "필수"));

        Assert.True(errors.Has("address"));
        Assert.Equal("없는 시군구", errors.Text("address.sigungu"));
        Assert.Equal("없는 코드", errors.Text("desiredOccupations"));
        Assert.False(errors.Has("address.sido"));
        Assert.False(errors.Has("desired"));
    }

    [Fact]
    public void Changing_a_field_forgets_its_errors_only()
    {
        var errors = Showing(("wage.min", "최저임금 미만"), ("wage.max", "최저보다 낮음"), ("title", "필수"));

        errors.Forget("wage");

        Assert.False(errors.Has("wage"));
        Assert.True(errors.Has("title"));
        Assert.True(errors.Any);
    }
}
